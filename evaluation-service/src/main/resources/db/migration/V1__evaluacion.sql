-- Replica of the catalog's definitions; definicion is the published event, evaluated as is.
create table indicador (
    id                  uuid primary key,
    version             integer     not null,
    estado              varchar(12) not null,
    ejercicio           integer     not null,
    programa_clave      varchar(10) not null,
    nivel               varchar(12) not null,
    nombre              text        not null,
    definicion          text        not null,
    actualizado_en      timestamptz not null
);
create index indicador_programa_idx on indicador (ejercicio, programa_clave);

-- The latest captura version of each indicator-period.
create table captura (
    indicador_id             uuid        not null,
    ejercicio                integer     not null,
    trimestre                integer     not null,
    version                  integer     not null,
    captura_id               uuid        not null,
    estado                   varchar(10) not null,
    valores                  jsonb       not null,
    preliminar               boolean     not null,
    tardia                   boolean     not null,
    justificacion_variacion  text,
    capturado_en             timestamptz not null,
    primary key (indicador_id, ejercicio, trimestre)
);

create table resultado (
    indicador_id          uuid        not null,
    ejercicio             integer     not null,
    trimestre             integer     not null,
    estado                varchar(16) not null,
    logro                 numeric,
    meta_programada       numeric,
    avance_porcentaje     numeric(14, 2),
    semaforo              varchar(10),
    traza_logro           text,
    traza_meta            text,
    traza_avance          text,
    definicion_version    integer     not null,
    captura_version       integer,
    captura_estado        varchar(10),
    tardia                boolean     not null,
    preliminar            boolean     not null,
    falta_justificacion   boolean     not null,
    calculado_en          timestamptz not null,
    primary key (indicador_id, ejercicio, trimestre)
);

-- Events already applied: a redelivered or replayed event changes nothing.
create table evento_procesado (
    event_id      uuid primary key,
    procesado_en  timestamptz not null
);
