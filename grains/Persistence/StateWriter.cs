namespace Okube.Actors.Grains.Persistence;

/// <summary>
/// Writes a grain's state either at once (write-through) or at deactivation and optionally
/// on a timer (write-behind), so that no event costs a storage write in local mode.
/// </summary>
public sealed class StateWriter(IGrainBase grain, Func<Task> write, OkubeOptions options)
{
    private readonly SemaphoreSlim writing = new(1, 1);
    private bool dirty;
    private IGrainTimer? timer;

    public bool WriteThrough { get; } = options.WriteThrough;

    /// <summary>Call after each change of state.</summary>
    public Task ChangedAsync()
    {
        if (WriteThrough)
        {
            return WriteNowAsync();
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

    /// <summary>
    /// Notes a change that need not be written at once, even with write-through: it is written
    /// with the next write, or at deactivation.
    /// </summary>
    public void MarkDirty() => dirty = true;

    /// <summary>Writes pending changes; call from OnDeactivateAsync too.</summary>
    public async Task FlushAsync()
    {
        if (dirty)
        {
            await WriteNowAsync();
        }
    }

    /// <summary>
    /// Writes at once. A stale ETag means another activation of this grain wrote since this
    /// one read (briefly possible after a silo failure): this one deactivates, so that the
    /// caller's retry meets a fresh activation reading the stored state, instead of this
    /// one failing every later write.
    /// </summary>
    /// <remarks>
    /// Writes never overlap: a grain's state object is built for the write and emptied after
    /// it, and a deactivation may run its final flush while a request's write is still under
    /// way (seen when a silo shuts down under load): overlapping, one write emptied the state
    /// the other was serialising, and an empty state was stored over the person's events.
    /// </remarks>
    public async Task WriteNowAsync()
    {
        await writing.WaitAsync();
        dirty = false;
        try
        {
            await write();
        }
        catch (Orleans.Storage.InconsistentStateException)
        {
            // Nothing of this activation's is worth writing any more.
            grain.GrainContext.Deactivate(new DeactivationReason(
                DeactivationReasonCode.ApplicationError, "Grain state was written by another activation."));
            throw;
        }
        catch
        {
            dirty = true;
            throw;
        }
        finally
        {
            writing.Release();
        }
    }
}
