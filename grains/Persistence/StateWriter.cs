namespace Okube.Actors.Grains.Persistence;

/// <summary>
/// Writes a grain's state either at once (write-through) or at deactivation and optionally
/// on a timer (write-behind), so that no event costs a storage write in local mode.
/// </summary>
public sealed class StateWriter(IGrainBase grain, Func<Task> write, OkubeOptions options)
{
    private bool dirty;
    private IGrainTimer? timer;

    public bool WriteThrough { get; } = options.WriteThrough;

    /// <summary>Call after each change of state.</summary>
    public Task ChangedAsync()
    {
        if (WriteThrough)
        {
            return write();
        }
        dirty = true;
        if (options.Persistence.WriteBehindInterval is not { } interval)
        {
            return Task.CompletedTask;
        }
        timer ??= grain.RegisterGrainTimer(
            static (writer, _) => writer.FlushAsync(),
            this,
            new GrainTimerCreationOptions(interval, interval) { Interleave = false, KeepAlive = false });
        return Task.CompletedTask;
    }

    /// <summary>Writes pending changes; call from OnDeactivateAsync too.</summary>
    public async Task FlushAsync()
    {
        if (!dirty)
        {
            return;
        }
        dirty = false;
        try
        {
            await write();
        }
        catch
        {
            dirty = true;
            throw;
        }
    }
}
