using Okube.Actors.Tests.Processes.Infrastructure;

namespace Okube.Actors.Tests.Shutdown;

/// <summary>One silo of three leaving gracefully (SIGTERM) mid-stream (see <see cref="SiloFailureScenario"/>).</summary>
public sealed class SiloShutdownTests
{
    [Fact]
    public Task Reports_equal_the_reference_after_a_silo_leaves_gracefully_mid_stream() =>
        SiloFailureScenario.RunAsync(silo => silo.TerminateAsync(TimeSpan.FromSeconds(100)), seed: 32);
}
