-- Transactional outbox: written with the change, relayed to Kafka afterwards.
create table outbox (
    id            bigserial primary key,
    topic         text        not null,
    clave         text        not null,
    payload       text        not null,
    creado_en     timestamptz not null,
    publicado_en  timestamptz
);
create index outbox_pendiente_idx on outbox (id) where publicado_en is null;
