-- Replica of the programs the catalog published: what a devengado is validated against.
create table programa (
    id                      uuid primary key,
    version                 integer        not null,
    ejercicio               integer        not null,
    clave                   varchar(10)    not null,
    nombre                  text           not null,
    presupuesto_aprobado    numeric(18, 2),
    presupuesto_modificado  numeric(18, 2),
    actualizado_en          timestamptz    not null
);
create index programa_clave_idx on programa (ejercicio, clave);

-- Avance financiero: the program's accrued budget from January to the end of each quarter,
-- one row per version.
create table devengado (
    id                   uuid primary key,
    ejercicio            integer        not null,
    programa_clave       varchar(10)    not null,
    trimestre            integer        not null check (trimestre between 1 and 4),
    version              integer        not null,
    devengado_acumulado  numeric(18, 2) not null check (devengado_acumulado >= 0),
    capturado_por        text           not null,
    capturado_en         timestamptz    not null,
    constraint devengado_version_uk unique (ejercicio, programa_clave, trimestre, version)
);
