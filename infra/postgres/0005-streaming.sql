-- Persistent streams for Microsoft.Orleans.Streaming.AdoNet (AddAdoNetStreams, invariant "Npgsql").
--
-- A table-backed queue per (service, provider, queue). A message is dequeued by a pulling agent,
-- which makes it invisible for a while (the visibility timeout) and counts the attempt in Dequeued;
-- the agent then confirms it (the row goes), releases it on shutdown (visible again at once), or
-- reports a failed delivery. Messages out of attempts or past their expiry move to a dead-letter
-- table, which is itself emptied after a removal timeout. The Dequeued count doubles as a receipt:
-- a confirmation or release only applies to the attempt it names, so a stale receiver cannot touch
-- a message another one has dequeued since.
--
-- Parameters the provider binds: @ServiceId, @ProviderId, @QueueId, @Payload, @MessageId, and the
-- timings in whole seconds: @ExpiryTimeout, @VisibilityTimeout, @RemovalTimeout, @EvictionInterval;
-- counts: @MaxCount, @MaxAttempts, @EvictionBatchSize; @Items ("id:attempt|id:attempt", a negative
-- attempt asking for a release instead of a confirmation).
-- All times are timestamptz, so the provider reads them as UTC.

CREATE SEQUENCE IF NOT EXISTS OrleansStreamMessageSequence AS bigint;

CREATE TABLE IF NOT EXISTS OrleansStreamMessage
(
    ServiceId  varchar(150) NOT NULL,
    ProviderId varchar(150) NOT NULL,
    QueueId    varchar(150) NOT NULL,
    MessageId  bigint       NOT NULL,
    Dequeued   integer      NOT NULL DEFAULT 0,
    VisibleOn  timestamptz  NOT NULL,
    ExpiresOn  timestamptz  NOT NULL,
    CreatedOn  timestamptz  NOT NULL,
    ModifiedOn timestamptz  NOT NULL,
    Payload    bytea        NOT NULL,
    CONSTRAINT pk_orleans_stream_message PRIMARY KEY (ServiceId, ProviderId, QueueId, MessageId)
);

CREATE TABLE IF NOT EXISTS OrleansStreamDeadLetter
(
    ServiceId  varchar(150) NOT NULL,
    ProviderId varchar(150) NOT NULL,
    QueueId    varchar(150) NOT NULL,
    MessageId  bigint       NOT NULL,
    Dequeued   integer      NOT NULL,
    VisibleOn  timestamptz  NOT NULL,
    ExpiresOn  timestamptz  NOT NULL,
    CreatedOn  timestamptz  NOT NULL,
    ModifiedOn timestamptz  NOT NULL,
    DeadOn     timestamptz  NOT NULL,
    RemoveOn   timestamptz  NOT NULL,
    Payload    bytea        NULL,
    CONSTRAINT pk_orleans_stream_dead_letter PRIMARY KEY (ServiceId, ProviderId, QueueId, MessageId)
);

-- When each queue is next due for eviction, so that only one dequeue per interval does that work.
CREATE TABLE IF NOT EXISTS OrleansStreamControl
(
    ServiceId  varchar(150) NOT NULL,
    ProviderId varchar(150) NOT NULL,
    QueueId    varchar(150) NOT NULL,
    EvictOn    timestamptz  NOT NULL,
    CONSTRAINT pk_orleans_stream_control PRIMARY KEY (ServiceId, ProviderId, QueueId)
);

CREATE OR REPLACE FUNCTION orleans_stream_enqueue(
    p_service text, p_provider text, p_queue text, p_payload bytea, p_expiry_seconds integer)
RETURNS SETOF OrleansStreamMessage
LANGUAGE sql
AS $fn$
    INSERT INTO OrleansStreamMessage
        (ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn, CreatedOn,
         ModifiedOn, Payload)
    VALUES
        (p_service, p_provider, p_queue, nextval('OrleansStreamMessageSequence'), 0, now(),
         now() + make_interval(secs => p_expiry_seconds), now(), now(), p_payload)
    RETURNING *;
$fn$;

-- Moves up to p_max_count messages of one queue that have had their chance (not invisible any
-- more) and are either out of attempts or expired to the dead letters.
CREATE OR REPLACE FUNCTION orleans_stream_evict_messages(
    p_service text, p_provider text, p_queue text, p_max_count integer, p_max_attempts integer,
    p_removal_seconds integer)
RETURNS integer
LANGUAGE sql
AS $fn$
    WITH victims AS (
        SELECT MessageId
        FROM OrleansStreamMessage
        WHERE ServiceId = p_service AND ProviderId = p_provider AND QueueId = p_queue
          AND VisibleOn <= now()
          AND (Dequeued >= p_max_attempts OR ExpiresOn <= now())
        ORDER BY MessageId
        LIMIT p_max_count
        FOR UPDATE SKIP LOCKED
    ),
    moved AS (
        DELETE FROM OrleansStreamMessage AS m
        USING victims AS v
        WHERE m.ServiceId = p_service AND m.ProviderId = p_provider AND m.QueueId = p_queue
          AND m.MessageId = v.MessageId
        RETURNING m.*
    ),
    buried AS (
        INSERT INTO OrleansStreamDeadLetter
            (ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn, CreatedOn,
             ModifiedOn, DeadOn, RemoveOn, Payload)
        SELECT ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn, CreatedOn,
               ModifiedOn, now(), now() + make_interval(secs => p_removal_seconds), Payload
        FROM moved
        ON CONFLICT DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer FROM buried;
$fn$;

-- Deletes up to p_max_count dead letters of one queue whose removal time has come.
CREATE OR REPLACE FUNCTION orleans_stream_evict_dead_letters(
    p_service text, p_provider text, p_queue text, p_max_count integer)
RETURNS integer
LANGUAGE sql
AS $fn$
    WITH victims AS (
        SELECT MessageId
        FROM OrleansStreamDeadLetter
        WHERE ServiceId = p_service AND ProviderId = p_provider AND QueueId = p_queue
          AND RemoveOn <= now()
        ORDER BY MessageId
        LIMIT p_max_count
        FOR UPDATE SKIP LOCKED
    ),
    removed AS (
        DELETE FROM OrleansStreamDeadLetter AS d
        USING victims AS v
        WHERE d.ServiceId = p_service AND d.ProviderId = p_provider AND d.QueueId = p_queue
          AND d.MessageId = v.MessageId
        RETURNING 1
    )
    SELECT count(*)::integer FROM removed;
$fn$;

-- Hands out the next visible messages of a queue, oldest first, skipping those another receiver
-- holds locked, and marks them as dequeued once more and invisible for p_visibility_seconds.
-- At most once per p_eviction_interval_seconds per queue it also does the eviction work first.
CREATE OR REPLACE FUNCTION orleans_stream_dequeue(
    p_service text, p_provider text, p_queue text, p_max_count integer, p_max_attempts integer,
    p_visibility_seconds integer, p_removal_seconds integer, p_eviction_interval_seconds integer,
    p_eviction_batch_size integer)
RETURNS SETOF OrleansStreamMessage
LANGUAGE plpgsql
AS $fn$
DECLARE
    due boolean;
BEGIN
    -- Claim the queue's eviction turn: a new queue is due at once; a known one when its time came.
    -- Only the caller whose statement changes the row does the eviction.
    INSERT INTO OrleansStreamControl AS c (ServiceId, ProviderId, QueueId, EvictOn)
    VALUES (p_service, p_provider, p_queue, now() + make_interval(secs => p_eviction_interval_seconds))
    ON CONFLICT (ServiceId, ProviderId, QueueId) DO UPDATE
        SET EvictOn = EXCLUDED.EvictOn
        WHERE c.EvictOn <= now();
    due := FOUND;

    IF due THEN
        PERFORM orleans_stream_evict_messages(p_service, p_provider, p_queue, p_eviction_batch_size,
                                              p_max_attempts, p_removal_seconds);
        PERFORM orleans_stream_evict_dead_letters(p_service, p_provider, p_queue,
                                                  p_eviction_batch_size);
    END IF;

    RETURN QUERY
    WITH batch AS (
        SELECT MessageId
        FROM OrleansStreamMessage
        WHERE ServiceId = p_service AND ProviderId = p_provider AND QueueId = p_queue
          AND Dequeued < p_max_attempts
          AND VisibleOn <= now()
          AND ExpiresOn > now()
        ORDER BY MessageId
        LIMIT p_max_count
        FOR UPDATE SKIP LOCKED
    )
    UPDATE OrleansStreamMessage AS m
    SET Dequeued = m.Dequeued + 1,
        VisibleOn = now() + make_interval(secs => p_visibility_seconds),
        ModifiedOn = now()
    FROM batch AS b
    WHERE m.ServiceId = p_service AND m.ProviderId = p_provider AND m.QueueId = p_queue
      AND m.MessageId = b.MessageId
    RETURNING m.*;
END;
$fn$;

-- Applies receipts "id:attempt|...": a positive attempt confirms delivery (the row goes), a negative
-- one releases the message (visible again now, the attempt still counted). A receipt whose attempt
-- is not the message's current one is ignored. Returns the rows acted on.
CREATE OR REPLACE FUNCTION orleans_stream_settle(
    p_service text, p_provider text, p_queue text, p_items text)
RETURNS SETOF OrleansStreamMessage
LANGUAGE sql
AS $fn$
    WITH receipts AS (
        SELECT split_part(item, ':', 1)::bigint AS MessageId,
               split_part(item, ':', 2)::integer AS Attempt
        FROM unnest(string_to_array(p_items, '|')) AS item
        WHERE item <> ''
    ),
    confirmed AS (
        DELETE FROM OrleansStreamMessage AS m
        USING receipts AS r
        WHERE m.ServiceId = p_service AND m.ProviderId = p_provider AND m.QueueId = p_queue
          AND m.MessageId = r.MessageId AND r.Attempt > 0 AND m.Dequeued = r.Attempt
        RETURNING m.*
    ),
    released AS (
        UPDATE OrleansStreamMessage AS m
        SET VisibleOn = now(), ModifiedOn = now()
        FROM receipts AS r
        WHERE m.ServiceId = p_service AND m.ProviderId = p_provider AND m.QueueId = p_queue
          AND m.MessageId = r.MessageId AND r.Attempt < 0 AND m.Dequeued = -r.Attempt
        RETURNING m.*
    )
    SELECT * FROM confirmed
    UNION ALL
    SELECT * FROM released;
$fn$;

-- A delivery failed: with attempts left the message is offered again at once, otherwise it moves
-- to the dead letters.
CREATE OR REPLACE FUNCTION orleans_stream_fail(
    p_service text, p_provider text, p_queue text, p_message_id bigint, p_max_attempts integer,
    p_removal_seconds integer)
RETURNS void
LANGUAGE plpgsql
AS $fn$
BEGIN
    UPDATE OrleansStreamMessage
    SET VisibleOn = now(), ModifiedOn = now()
    WHERE ServiceId = p_service AND ProviderId = p_provider AND QueueId = p_queue
      AND MessageId = p_message_id AND Dequeued < p_max_attempts;
    IF FOUND THEN
        RETURN;
    END IF;

    WITH moved AS (
        DELETE FROM OrleansStreamMessage
        WHERE ServiceId = p_service AND ProviderId = p_provider AND QueueId = p_queue
          AND MessageId = p_message_id
        RETURNING *
    )
    INSERT INTO OrleansStreamDeadLetter
        (ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn, CreatedOn,
         ModifiedOn, DeadOn, RemoveOn, Payload)
    SELECT ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn, CreatedOn,
           ModifiedOn, now(), now() + make_interval(secs => p_removal_seconds), Payload
    FROM moved
    ON CONFLICT DO NOTHING;
END;
$fn$;

CALL orleans_register_query('QueueStreamMessageKey', $q$
    SELECT ServiceId, ProviderId, QueueId, MessageId
    FROM orleans_stream_enqueue(@ServiceId, @ProviderId, @QueueId, @Payload, @ExpiryTimeout)
$q$);

CALL orleans_register_query('GetStreamMessagesKey', $q$
    SELECT ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn, CreatedOn,
           ModifiedOn, Payload
    FROM orleans_stream_dequeue(@ServiceId, @ProviderId, @QueueId, @MaxCount, @MaxAttempts,
        @VisibilityTimeout, @RemovalTimeout, @EvictionInterval, @EvictionBatchSize)
$q$);

CALL orleans_register_query('ConfirmStreamMessagesKey', $q$
    SELECT ServiceId, ProviderId, QueueId, MessageId
    FROM orleans_stream_settle(@ServiceId, @ProviderId, @QueueId, @Items)
$q$);

CALL orleans_register_query('FailStreamMessageKey', $q$
    SELECT orleans_stream_fail(@ServiceId, @ProviderId, @QueueId, @MessageId, @MaxAttempts,
        @RemovalTimeout)
$q$);

CALL orleans_register_query('EvictStreamMessagesKey', $q$
    SELECT orleans_stream_evict_messages(@ServiceId, @ProviderId, @QueueId, @MaxCount,
        @MaxAttempts, @RemovalTimeout)
$q$);

CALL orleans_register_query('EvictStreamDeadLettersKey', $q$
    SELECT orleans_stream_evict_dead_letters(@ServiceId, @ProviderId, @QueueId, @MaxCount)
$q$);
