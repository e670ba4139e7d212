using Okube.Actors.Gateway.Hosting;
using Okube.Actors.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOkubeSilo();
builder.Services.AddOkubeGateway(builder.Configuration);

var app = builder.Build();
app.UseOkubeGateway();
app.Run();

/// <summary>Visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
