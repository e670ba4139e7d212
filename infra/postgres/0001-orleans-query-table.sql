-- The ADO.NET providers of Orleans read their SQL from this table at start-up
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"): one row per operation, keyed by the name the
-- provider asks for. Each later script upserts its own rows, so re-applying replaces the text.
--
-- Identifiers are left unquoted on purpose: PostgreSQL folds them to lower case, and the providers
-- (which also write them unquoted) then find them, while Npgsql matches result columns such as
-- "Version" or "PayloadBinary" to their lower-case names without regard to case.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT pk_orleans_query PRIMARY KEY (QueryKey)
);

-- Registers (or replaces) the text of one query.
CREATE OR REPLACE PROCEDURE orleans_register_query(key varchar, body text)
LANGUAGE sql
AS $fn$
    INSERT INTO OrleansQuery (QueryKey, QueryText)
    VALUES (key, body)
    ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
$fn$;
