using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Okube.Actors.Tests.Api.Infrastructure;
using Orleans.Configuration;

namespace Okube.Actors.Tests.Api;

[Collection(SiloCollection.Name)]
public sealed class HostingTests(SiloFactory silo)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_200_without_credentials(string path)
    {
        using var client = silo.Client(apiKey: null);

        using var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Silo_listens_on_the_configured_orleans_ports()
    {
        using var client = silo.Client(apiKey: null);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);

        var endpoints = silo.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;

        endpoints.SiloPort.Should().Be(silo.SiloPort);
        endpoints.GatewayPort.Should().Be(silo.GatewayPort);
        using var probe = new TcpClient();
        await probe.ConnectAsync(IPAddress.Loopback, silo.SiloPort);
        probe.Connected.Should().BeTrue();
    }
}
