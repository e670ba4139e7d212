-- Reminders for Microsoft.Orleans.Reminders.AdoNet (UseAdoNetReminderService, invariant "Npgsql").
--
-- One row per (service, grain, reminder name). Version is the reminder's ETag: an upsert moves it
-- on and returns it, a delete succeeds only against the current one.
--
-- Parameters the provider binds: @ServiceId, @GrainId (GrainId.ToString()), @ReminderName,
-- @StartTime (timestamptz, UTC), @Period (milliseconds, int or bigint), @GrainHash (the grain's
-- uniform hash as a signed int), @BeginHash / @EndHash (a ring range, as signed ints), @Version.

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      varchar(768) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,
    CONSTRAINT pk_orleans_reminders PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- The range reads of each silo's share of the ring.
CREATE INDEX IF NOT EXISTS ix_orleans_reminders_hash
    ON OrleansRemindersTable (ServiceId, GrainHash);

-- Inserts a reminder at version 0 or replaces its schedule with the next version; the new version.
CALL orleans_register_query('UpsertReminderRowKey', $q$
    INSERT INTO OrleansRemindersTable AS r
        (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
        SET StartTime = EXCLUDED.StartTime,
            Period = EXCLUDED.Period,
            GrainHash = EXCLUDED.GrainHash,
            Version = r.Version + 1
    RETURNING r.Version AS Version
$q$);

CALL orleans_register_query('ReadReminderRowsKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId
$q$);

CALL orleans_register_query('ReadReminderRowKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
$q$);

-- The range (@BeginHash, @EndHash] when it does not wrap around in signed order ...
CALL orleans_register_query('ReadRangeRows1Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash
$q$);

-- ... and when it does (which includes begin = end: the whole ring).
CALL orleans_register_query('ReadRangeRows2Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash)
$q$);

-- True when the reminder existed at that version and is gone now.
CALL orleans_register_query('DeleteReminderRowKey', $q$
    WITH gone AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
          AND Version = @Version
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM gone)
$q$);

CALL orleans_register_query('DeleteReminderRowsKey', $q$
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId
$q$);
