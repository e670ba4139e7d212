using Okube.Actors.Grains.Telemetry;
using Okube.Actors.Grains.Tenants;

namespace Okube.Actors.Grains.Identities;

/// <summary>
/// Retention (contract section 6): touchpoints older than <c>Retention.Touchpoints</c> are
/// removed and the conversions they served re-credited; a person with no event newer than
/// <c>Retention.Persons</c> is purged whole. Checked on every change, and by a reminder due at
/// the person's next expiry, so that an idle person is purged on time too.
/// </summary>
public sealed partial class IdentityGrain : IRemindable
{
    private const string RetentionReminder = "retention";

    /// <summary>Reminders fire again after this if a check could not reschedule (Orleans' floor is a minute).</summary>
    private static readonly TimeSpan RetentionRetryPeriod = TimeSpan.FromHours(6);

    private DateTime? retentionDue;
    private bool retentionDeferred;
    private DateTime? newestEventSeen;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RetentionReminder)
        {
            return;
        }
        await FinishMergeAsync();
        retentionDue = null;
        if (forwardTo is not null || erased)
        {
            await StopRetentionAsync();
            return;
        }
        await EnforceRetentionAsync();
    }

    /// <summary>Applies retention now, then makes sure a reminder is due at the next expiry.</summary>
    private async Task EnforceRetentionAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var newest = NewestActivity();
        if (newest + Retention.Persons <= now)
        {
            await PurgePersonAsync();
            return;
        }
        if (ledger.OldestTouch + Retention.Touchpoints <= now)
        {
            ledger.ExpireTouchpoints(now - Retention.Touchpoints);
            await SettleAsync(processedEvents: 0);
        }
        if (writer.WriteThrough)
        {
            await ScheduleRetentionAsync();
        }
        else
        {
            // Locally (write-behind, memory storage) a crash loses the person anyway: the reminder
            // is registered once, when the person is deactivated, rather than on its first event,
            // which would cost a reminder-service call for every new person. An expiry due while
            // the person is likely still active is met by a timer.
            retentionDeferred = true;
            if (NextExpiry(newest) is { } due && due - now < SoonForATimer)
            {
                retentionTimer?.Dispose();
                var wait = due - now;
                retentionTimer = this.RegisterGrainTimer(
                    static (grain, _) => grain.EnforceRetentionAsync(),
                    this,
                    new GrainTimerCreationOptions(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan)
                    {
                        Interleave = false,
                        KeepAlive = false,
                    });
            }
        }
    }

    private static readonly TimeSpan SoonForATimer = TimeSpan.FromHours(1);

    private IGrainTimer? retentionTimer;

    /// <summary>Registers the reminder left for deactivation in write-behind mode.</summary>
    private async Task ScheduleDeferredRetentionAsync()
    {
        if (!retentionDeferred || forwardTo is not null || erased)
        {
            return;
        }
        retentionDeferred = false;
        try
        {
            await ScheduleRetentionAsync();
        }
        catch (Exception e)
        {
            LogRetentionNotScheduled(e, personKey);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Person {PersonKey} could not register its retention reminder; it is checked again at its next event")]
    private partial void LogRetentionNotScheduled(Exception exception, string personKey);

    /// <summary>Registers (or brings forward) the reminder for the next expiry; at most one write per change of due time.</summary>
    private async Task ScheduleRetentionAsync()
    {
        var due = NextExpiry(NewestActivity());
        if (due is null)
        {
            await StopRetentionAsync();
            return;
        }
        if (retentionDue is { } scheduled && scheduled <= due)
        {
            return;
        }
        var wait = due.Value - clock.GetUtcNow().UtcDateTime;
        await this.RegisterOrUpdateReminder(RetentionReminder,
            wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait, RetentionRetryPeriod);
        retentionDue = due;
        writer.MarkDirty();
    }

    private async Task StopRetentionAsync()
    {
        if (await this.GetReminder(RetentionReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        if (retentionDue is not null)
        {
            retentionDue = null;
            writer.MarkDirty();
        }
    }

    /// <summary>The first of: the oldest touchpoint's expiry, the person's; null when nothing is held or was seen.</summary>
    private DateTime? NextExpiry(DateTime? newestActivity)
    {
        var touch = ledger.OldestTouch + Retention.Touchpoints;
        var person = newestActivity + Retention.Persons;
        return touch is null ? person : person is null || touch < person ? touch : person;
    }

    /// <summary>
    /// The newest event this person ever had: what the ledger holds, or, once its events were
    /// pruned as final or expired, the newest it saw, so that such a person is still purged.
    /// </summary>
    private DateTime? NewestActivity()
    {
        if (ledger.NewestEvent is { } held && (newestEventSeen is null || held > newestEventSeen))
        {
            newestEventSeen = held;
            writer.MarkDirty();
        }
        return newestEventSeen;
    }

    /// <summary>A touchpoint already past retention when it arrives is taken as processed and not kept.</summary>
    private bool PastRetention(DateTime touchpointOccurredAt) =>
        touchpointOccurredAt + Retention.Touchpoints <= clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The person was inactive past retention: everything they gave is withdrawn (frozen credit
    /// of final conversions too, found by person key) and their state is deleted. Their devices
    /// keep pointing here, so a subject seen again simply starts a new history.
    /// </summary>
    private async Task PurgePersonAsync()
    {
        await WithdrawAllAsync();
        await PersonCreditErasure.EraseAsync(GrainFactory, tenant, PersonCreditErasure.PersonKeysOf(subjects, personKey));
        links.Clear();
        otherEventIds.Clear();
        subjects.Clear();
        subjects.Add(OwnSubject);
        newestEventSeen = null;
        await StopRetentionAsync();
        await writer.WriteNowAsync();
        GraphMetrics.PersonsPurged.Add(1);
    }

    /// <summary>The tenant's retention periods (read once: options do not change while the silo runs).</summary>
    private RetentionOptions Retention =>
        retention ??= settings.Options.Tenants.GetValueOrDefault(tenant)?.Retention ?? new RetentionOptions();

    private RetentionOptions? retention;
}
