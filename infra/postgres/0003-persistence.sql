-- Grain state for Microsoft.Orleans.Persistence.AdoNet (AddAdoNetGrainStorage, invariant "Npgsql").
--
-- One row per (service, grain type, grain id). Version is the state's ETag: every successful write,
-- clear or delete must be made against the version the grain last read, and hands back the next
-- one. The provider raises InconsistentStateException when the returned version is NULL, missing,
-- or equal to the one it sent.
--
-- Parameters the provider binds: @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
-- @GrainTypeString, @GrainIdExtensionString (may be NULL), @ServiceId, @GrainStateVersion (NULL
-- when the grain has never seen a stored row), @PayloadBinary.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),
    Version                integer      NOT NULL
);

-- At most one row per grain. The two long strings enter the key through their digests, which keeps
-- index entries small; a NULL extension counts as one value.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleans_storage_grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId,
                       md5(GrainTypeString), md5(GrainIdExtensionString))
    NULLS NOT DISTINCT;

-- Writes a grain's state; returns the new version, or NULL when p_expected is not the stored one
-- (including: a row exists but the grain expected none, or the grain expected one that is gone).
CREATE OR REPLACE FUNCTION orleans_storage_write(
    p_id_hash integer, p_n0 bigint, p_n1 bigint, p_type_hash integer, p_type text,
    p_extension text, p_service text, p_expected integer, p_payload bytea)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    written integer;
BEGIN
    IF p_expected IS NULL THEN
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
             GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES
            (p_id_hash, p_n0, p_n1, p_type_hash, p_type, p_extension, p_service, p_payload, now(), 1)
        ON CONFLICT DO NOTHING
        RETURNING Version INTO written;
    ELSE
        UPDATE OrleansStorage AS s
        SET PayloadBinary = p_payload, ModifiedOn = now(), Version = s.Version + 1
        WHERE s.GrainIdHash = p_id_hash AND s.GrainTypeHash = p_type_hash
          AND s.GrainIdN0 = p_n0 AND s.GrainIdN1 = p_n1
          AND s.ServiceId = p_service AND s.GrainTypeString = p_type
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_extension
          AND s.Version = p_expected
        RETURNING s.Version INTO written;
    END IF;
    RETURN written;
END;
$fn$;

CALL orleans_register_query('WriteToStorageKey', $q$
    SELECT orleans_storage_write(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
        @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion,
        @PayloadBinary) AS NewGrainStateVersion
$q$);

-- No row: the grain has no state and no ETag. A cleared row has a NULL payload but keeps its version.
CALL orleans_register_query('ReadFromStorageKey', $q$
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
$q$);

-- Clear keeps the row (and its version line) but drops the payload; returns the new version, no
-- row on a version mismatch.
CALL orleans_register_query('ClearStorageKey', $q$
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion
$q$);

-- Delete (DeleteStateOnClear = true) removes the row; it answers with a value other than the ETag
-- it was given (the version the row would have had next), no row on a version mismatch.
CALL orleans_register_query('DeleteStorageKey', $q$
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion
$q$);
