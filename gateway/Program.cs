using Okube.Actors.Gateway.Host.Hosting;
using Okube.Actors.Gateway.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOkubeClusterClient();
builder.Services.AddOkubeGateway(builder.Configuration);

var app = builder.Build();
app.UseOkubeGateway();
app.Run();
