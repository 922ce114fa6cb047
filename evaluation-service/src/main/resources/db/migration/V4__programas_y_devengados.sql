-- The fields of the definition that the summaries and the open-data export show.
alter table indicador
    add column tipo            varchar(12),
    add column dimension       varchar(12),
    add column comportamiento  varchar(12),
    add column frecuencia      varchar(12),
    add column unidad_medida   text;
update indicador set
    tipo = definicion::jsonb ->> 'tipo',
    dimension = definicion::jsonb ->> 'dimension',
    comportamiento = definicion::jsonb ->> 'comportamiento',
    frecuencia = definicion::jsonb ->> 'frecuencia',
    unidad_medida = definicion::jsonb ->> 'unidadMedida';

-- Replica of the catalog's programas: the latest version of each.
create table programa (
    id                      uuid primary key,
    version                 integer       not null,
    ejercicio               integer       not null,
    clave                   varchar(10)   not null,
    nombre                  text          not null,
    ramo_clave              varchar(10)   not null,
    ramo_nombre             text          not null,
    ur_clave                varchar(10)   not null,
    ur_nombre               text          not null,
    presupuesto_aprobado    numeric(18, 2) not null,
    presupuesto_modificado  numeric(18, 2) not null,
    actualizado_en          timestamptz   not null,
    unique (ejercicio, clave)
);
create index programa_ur_idx on programa (ejercicio, ur_clave);
create index programa_ramo_idx on programa (ejercicio, ramo_clave);

-- Replica of capture's devengados: the latest version of each program-quarter.
create table devengado (
    ejercicio            integer        not null,
    programa_clave       varchar(10)    not null,
    trimestre            integer        not null,
    version              integer        not null,
    devengado_acumulado  numeric(18, 2) not null,
    capturado_por        text,
    capturado_en         timestamptz,
    primary key (ejercicio, programa_clave, trimestre)
);
