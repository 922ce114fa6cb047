create table programa (
    id                     uuid primary key,
    ejercicio              integer      not null,
    clave                  varchar(10)  not null,
    nombre                 text         not null,
    ramo_clave             varchar(10)  not null,
    ramo_nombre            text         not null,
    ur_clave               varchar(10)  not null,
    ur_nombre              text         not null,
    presupuesto_aprobado   numeric(18, 2) not null,
    presupuesto_modificado numeric(18, 2) not null,
    creado_en              timestamptz  not null,
    constraint programa_ejercicio_clave_uk unique (ejercicio, clave)
);

create table objetivo (
    id                 uuid primary key,
    programa_id        uuid        not null references programa (id),
    nivel              varchar(12) not null,
    resumen_narrativo  text        not null,
    responsable        text,
    padre_id           uuid references objetivo (id)
);
create index objetivo_programa_idx on objetivo (programa_id);

create table indicador (
    id                   uuid primary key,
    objetivo_id          uuid         not null references objetivo (id),
    version              integer      not null,
    estado               varchar(12)  not null,
    nombre               text         not null,
    tipo                 varchar(12)  not null,
    dimension            varchar(12)  not null,
    comportamiento       varchar(12)  not null,
    formula_descendente  varchar(8)   not null,
    frecuencia           varchar(12)  not null,
    unidad_medida        varchar(60)  not null,
    familia              varchar(16)  not null,
    expresion            text         not null,
    linea_base           text,
    medios_verificacion  text,
    variables            jsonb        not null,
    parametros_semaforo  jsonb        not null,
    metas_aprobadas      jsonb        not null,
    metas_modificadas    jsonb        not null,
    actualizado_en       timestamptz  not null
);
create index indicador_objetivo_idx on indicador (objetivo_id);

-- Every published definition is kept, so a result can always name the version it used.
create table indicador_version (
    indicador_id  uuid        not null references indicador (id),
    version       integer     not null,
    definicion    text        not null,
    publicado_en  timestamptz not null,
    primary key (indicador_id, version)
);

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
