-- Versions: each one keeps the whole ficha as it was and the date it takes effect, so a reader
-- can ask for version N or for the version in force on a date.
alter table indicador add column vigente_desde date;
-- Until now an indicator could not change: its only version took effect with its ejercicio.
update indicador i set vigente_desde = make_date(p.ejercicio, 1, 1)
from objetivo o join programa p on p.id = o.programa_id
where o.id = i.objetivo_id;
alter table indicador alter column vigente_desde set not null;

alter table indicador_version
    add column objetivo_id         uuid references objetivo (id),
    add column estado              varchar(12),
    add column vigente_desde       date,
    add column nombre              text,
    add column tipo                varchar(12),
    add column dimension           varchar(12),
    add column comportamiento      varchar(12),
    add column formula_descendente varchar(8),
    add column frecuencia          varchar(12),
    add column unidad_medida       varchar(60),
    add column familia             varchar(16),
    add column expresion           text,
    add column linea_base          text,
    add column medios_verificacion text,
    add column variables           jsonb,
    add column parametros_semaforo jsonb,
    add column metas_aprobadas     jsonb,
    add column metas_modificadas   jsonb;
-- Every stored version is a version 1 that is still current: copy it from the indicator.
update indicador_version v set
    objetivo_id = i.objetivo_id, estado = i.estado, vigente_desde = i.vigente_desde, nombre = i.nombre,
    tipo = i.tipo, dimension = i.dimension, comportamiento = i.comportamiento,
    formula_descendente = i.formula_descendente, frecuencia = i.frecuencia, unidad_medida = i.unidad_medida,
    familia = i.familia, expresion = i.expresion, linea_base = i.linea_base,
    medios_verificacion = i.medios_verificacion, variables = i.variables,
    parametros_semaforo = i.parametros_semaforo, metas_aprobadas = i.metas_aprobadas,
    metas_modificadas = i.metas_modificadas
from indicador i
where i.id = v.indicador_id;
alter table indicador_version
    alter column objetivo_id set not null,
    alter column estado set not null,
    alter column vigente_desde set not null,
    alter column nombre set not null,
    alter column tipo set not null,
    alter column dimension set not null,
    alter column comportamiento set not null,
    alter column formula_descendente set not null,
    alter column frecuencia set not null,
    alter column unidad_medida set not null,
    alter column familia set not null,
    alter column expresion set not null,
    alter column variables set not null,
    alter column parametros_semaforo set not null,
    alter column metas_aprobadas set not null,
    alter column metas_modificadas set not null;

-- Each change of the metas modificadas: who, when, before, after and why.
create table meta_modificacion (
    id             bigserial primary key,
    indicador_id   uuid        not null references indicador (id),
    version        integer     not null,
    modificado_por text        not null,
    modificado_en  timestamptz not null,
    justificacion  text        not null,
    antes          jsonb       not null,
    despues        jsonb       not null
);
create index meta_modificacion_indicador_idx on meta_modificacion (indicador_id, id);
