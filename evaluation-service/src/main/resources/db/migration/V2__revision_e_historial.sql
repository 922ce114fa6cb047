-- A workflow change (VALIDADA, DEVUELTA) republishes the same captura version with a higher revision.
alter table captura add column revision integer not null default 0;

-- Every change of a result, so "the result as known at instant D" can be answered.
create table resultado_historial (
    id                    bigserial   primary key,
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
    registrado_en         timestamptz not null
);
create index resultado_historial_periodo_idx on resultado_historial (indicador_id, ejercicio, trimestre, registrado_en);

-- Results computed before this migration start their history with their current value.
insert into resultado_historial (indicador_id, ejercicio, trimestre, estado, logro, meta_programada, avance_porcentaje,
        semaforo, traza_logro, traza_meta, traza_avance, definicion_version, captura_version, captura_estado, tardia,
        preliminar, falta_justificacion, registrado_en)
select indicador_id, ejercicio, trimestre, estado, logro, meta_programada, avance_porcentaje, semaforo, traza_logro,
       traza_meta, traza_avance, definicion_version, captura_version, captura_estado, tardia, preliminar,
       falta_justificacion, calculado_en
from resultado;
