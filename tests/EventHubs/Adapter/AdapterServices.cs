using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Streaming.EventHubs;

namespace Okube.Actors.Tests.EventHubs.Adapter;

/// <summary>The data adapter and the payload reader outside any silo, with Orleans' serializer.</summary>
public static class AdapterServices
{
    public static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(b => b
            .AddAssembly(typeof(SubjectEventBatch).Assembly)
            .AddAssembly(typeof(OkubeEventHubDataAdapter).Assembly)
            .AddAssembly(typeof(EventHubSequenceTokenV2).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    public static OkubeEventHubDataAdapter Adapter() => new(Serializer, NullLogger<OkubeEventHubDataAdapter>.Instance);

    public static PartnerPayloadReader Reader(string? defaultTenant = null) =>
        new(Options.Create(TestTenants.Options()), new EventHubStreamSettings { DefaultTenant = defaultTenant });
}
