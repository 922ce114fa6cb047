-- Replica of the definitions the catalog published: what a captura is validated against.
create table indicador (
    id                  uuid primary key,
    version             integer     not null,
    estado              varchar(12) not null,
    ejercicio           integer     not null,
    programa_clave      varchar(10) not null,
    unidad_responsable  varchar(10) not null,
    nombre              text        not null,
    frecuencia          varchar(12) not null,
    variables           jsonb       not null,
    actualizado_en      timestamptz not null
);

-- One row per version: a correction never overwrites history.
create table captura (
    id                       uuid primary key,
    indicador_id             uuid        not null references indicador (id),
    ejercicio                integer     not null,
    trimestre                integer     not null check (trimestre between 1 and 4),
    version                  integer     not null,
    estado                   varchar(10) not null,
    definicion_version       integer     not null,
    valores                  jsonb       not null,
    analisis_logro           text,
    justificacion_variacion  text,
    preliminar               boolean     not null,
    tardia                   boolean     not null,
    dias_retraso             integer     not null,
    capturado_por            text        not null,
    capturado_en             timestamptz not null,
    constraint captura_version_uk unique (indicador_id, ejercicio, trimestre, version)
);

create table outbox (
    id            bigserial primary key,
    topic         text        not null,
    clave         text        not null,
    payload       text        not null,
    creado_en     timestamptz not null,
    publicado_en  timestamptz
);
create index outbox_pendiente_idx on outbox (id) where publicado_en is null;
