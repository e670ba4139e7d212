-- Cluster membership for Microsoft.Orleans.Clustering.AdoNet (silos and clients, invariant "Npgsql").
--
-- One version row per cluster (DeploymentId = ClusterOptions.ClusterId) and one row per silo
-- incarnation (address, port, generation). Every change to a silo row except the heartbeat must move
-- the cluster's version from the value the caller last read (the table ETag) to the next one, in the
-- same transaction: that is how Orleans detects concurrent membership changes.
--
-- Parameters the provider binds (names are fixed by the provider): @DeploymentId, @Address,
-- @Port, @Generation, @SiloName, @HostName, @Status (SiloStatus as int: 3 = Active, 6 = Dead),
-- @ProxyPort, @StartTime, @IAmAliveTime (timestamptz, UTC), @SuspectTimes ("silo,date|silo,date"),
-- @Version (the expected table version).

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp    timestamptz  NOT NULL DEFAULT now(),
    Version      integer      NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleans_membership_version PRIMARY KEY (DeploymentId)
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)  NOT NULL,
    Address      varchar(45)   NOT NULL,
    Port         integer       NOT NULL,
    Generation   integer       NOT NULL,
    SiloName     varchar(150)  NOT NULL,
    HostName     varchar(150)  NOT NULL,
    Status       integer       NOT NULL,
    ProxyPort    integer       NOT NULL DEFAULT 0,
    SuspectTimes varchar(8000) NULL,
    StartTime    timestamptz   NOT NULL,
    IAmAliveTime timestamptz   NOT NULL,
    CONSTRAINT pk_orleans_membership PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT fk_orleans_membership_version FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Creates the cluster's version row (version 0) unless it exists; true when this call created it.
CREATE OR REPLACE FUNCTION orleans_membership_init(p_deployment text)
RETURNS boolean
LANGUAGE sql
AS $fn$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (p_deployment)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM created);
$fn$;

-- Moves the cluster version from p_expected to p_expected + 1; false when it was not p_expected.
CREATE OR REPLACE FUNCTION orleans_membership_bump(p_deployment text, p_expected integer)
RETURNS boolean
LANGUAGE sql
AS $fn$
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = p_deployment AND Version = p_expected
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM bumped);
$fn$;

-- Adds a silo row and bumps the version, both or neither. False when the version moved meanwhile
-- or the silo row already exists.
CREATE OR REPLACE FUNCTION orleans_membership_insert(
    p_deployment text, p_address text, p_port integer, p_generation integer,
    p_silo_name text, p_host_name text, p_status integer, p_proxy_port integer,
    p_start_time timestamptz, p_i_am_alive timestamptz, p_expected integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF p_deployment IS NULL OR p_expected IS NULL THEN
        RETURN false;
    END IF;
    -- Locks the version row first, so concurrent writers of one cluster queue up here.
    IF NOT orleans_membership_bump(p_deployment, p_expected) THEN
        RETURN false;
    END IF;
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort,
         StartTime, IAmAliveTime)
    VALUES
        (p_deployment, p_address, p_port, p_generation, coalesce(p_silo_name, ''),
         coalesce(p_host_name, ''), p_status, coalesce(p_proxy_port, 0), p_start_time, p_i_am_alive)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        -- The row exists: undo the version bump by failing this call's work.
        RAISE EXCEPTION USING ERRCODE = 'OKB01', MESSAGE = 'membership row exists';
    END IF;
    RETURN true;
EXCEPTION
    WHEN SQLSTATE 'OKB01' THEN
        RETURN false;
END;
$fn$;

-- Changes a silo row's status, suspicions and heartbeat and bumps the version, both or neither.
CREATE OR REPLACE FUNCTION orleans_membership_update(
    p_deployment text, p_address text, p_port integer, p_generation integer,
    p_status integer, p_suspect_times text, p_i_am_alive timestamptz, p_expected integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF p_deployment IS NULL OR p_expected IS NULL THEN
        RETURN false;
    END IF;
    IF NOT orleans_membership_bump(p_deployment, p_expected) THEN
        RETURN false;
    END IF;
    UPDATE OrleansMembershipTable
    SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_i_am_alive
    WHERE DeploymentId = p_deployment
      AND Address = p_address AND Port = p_port AND Generation = p_generation;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'OKB01', MESSAGE = 'membership row missing';
    END IF;
    RETURN true;
EXCEPTION
    WHEN SQLSTATE 'OKB01' THEN
        RETURN false;
END;
$fn$;

CALL orleans_register_query('InsertMembershipVersionKey', $q$
    SELECT orleans_membership_init(@DeploymentId)
$q$);

CALL orleans_register_query('InsertMembershipKey', $q$
    SELECT orleans_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName,
        @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$q$);

CALL orleans_register_query('UpdateMembershipKey', $q$
    SELECT orleans_membership_update(@DeploymentId, @Address, @Port, @Generation, @Status,
        @SuspectTimes, @IAmAliveTime, @Version)
$q$);

-- The heartbeat: no version change, no result.
CALL orleans_register_query('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId
      AND Address = @Address AND Port = @Port AND Generation = @Generation
$q$);

-- The reads return the version row even without silo rows (the silo columns are then NULL), so
-- that the provider always learns the table version.
CALL orleans_register_query('MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId
$q$);

CALL orleans_register_query('MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m
           ON m.DeploymentId = v.DeploymentId
          AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId
$q$);

-- Gateways for clients: silos with the given status (Active) that listen for clients.
CALL orleans_register_query('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0
$q$);

CALL orleans_register_query('DeleteMembershipTableEntriesKey', $q$
    WITH silos AS (
        DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId
    )
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId
$q$);

-- Bulk clean-up (used only when the next key is absent): dead silos not heard of since the cut-off.
CALL orleans_register_query('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6 AND IAmAliveTime < @IAmAliveTime
$q$);

-- Row clean-up: the provider picked this dead row from a read; it goes only if it is still exactly
-- what was read (so a row that changed since is left alone).
CALL orleans_register_query('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND Status = 6
      AND StartTime = @StartTime
      AND IAmAliveTime = @IAmAliveTime
      -- The provider reads an empty suspect list back as none, so '' and NULL are the same here.
      AND coalesce(SuspectTimes, '') = coalesce(@SuspectTimes, '')
$q$);
