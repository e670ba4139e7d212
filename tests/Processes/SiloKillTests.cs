using Okube.Actors.Tests.Processes.Infrastructure;

namespace Okube.Actors.Tests.Processes;

/// <summary>One silo of three SIGKILLed mid-stream (see <see cref="SiloFailureScenario"/>).</summary>
public sealed class SiloKillTests
{
    [Fact]
    public Task Reports_equal_the_reference_after_a_silo_is_killed_mid_stream() =>
        SiloFailureScenario.RunAsync(async silo => { silo.Kill(); await Task.CompletedTask; }, seed: 31);
}
