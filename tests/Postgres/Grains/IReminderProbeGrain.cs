namespace Okube.Actors.Tests.Postgres.Grains;

/// <summary>A grain that counts the ticks of one reminder.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan dueTime, TimeSpan period);

    Task<int> GetTicksAsync();

    Task StopAsync();
}
