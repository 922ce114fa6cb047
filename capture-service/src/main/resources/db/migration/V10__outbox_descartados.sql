-- A record the broker can never take (too large, a topic name it refuses, a value that does not
-- serialise) is set aside by the relay instead of retried for ever: it stays here, never deleted,
-- with when and why, and the pending index leaves it out so it holds up nothing.
alter table outbox
    add column descartado_en  timestamptz,
    add column razon_descarte text;

drop index outbox_pendiente_idx;
create index outbox_pendiente_idx on outbox (id) where publicado_en is null and descartado_en is null;
