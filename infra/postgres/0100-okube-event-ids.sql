-- Okube's own tables, beside Orleans' (applied after them, in file-name order).

-- Accepted event ids per tenant and shard of the event-id index, as 128-bit hashes.
-- Appended a batch at a time by EventIdIndexGrain before it answers a reservation.
CREATE TABLE IF NOT EXISTS okube_event_ids
(
    service_id varchar(150) NOT NULL,
    tenant     varchar(64)  NOT NULL,
    shard      integer      NOT NULL,
    hash       bytea        NOT NULL,
    CONSTRAINT okube_event_ids_pk PRIMARY KEY (service_id, tenant, shard, hash)
);
