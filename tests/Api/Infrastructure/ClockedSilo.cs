using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;
using Okube.Actors.Gateway.Privacy;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>A second local silo, of its own (its own grains), on a clock the test sets.</summary>
public sealed class ClockedSilo : IDisposable
{
    public ClockedSilo()
    {
        Silo = new SiloFactory { Clock = Clock };
        _ = Silo.Services;
    }

    public ShiftedClock Clock { get; } = new();

    public SiloFactory Silo { get; }

    public IGrainFactory Grains => Silo.Services.GetRequiredService<IGrainFactory>();

    public void Dispose() => Silo.Dispose();

    /// <summary>
    /// A gateway's pseudonymiser over a silo's grains, with a MAC key cache of its own (a
    /// gateway process of its own, as in cluster mode).
    /// </summary>
    public static SubjectPseudonymiser Gateway(SiloFactory silo, TimeProvider clock) => new(
        silo.Services.GetRequiredService<IOptions<OkubeOptions>>(),
        new DailyMacKeys(silo.Services.GetRequiredService<IGrainFactory>(), clock),
        NullLogger<SubjectPseudonymiser>.Instance);
}
