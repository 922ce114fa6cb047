-- SPEC rule 10: the year-end projection beside each result at t < 4, and in its history, so that
-- "as known at instant D" shows the projection known then. All null: no projection.
alter table resultado
    add column logro_proyectado              numeric,
    add column meta_anual                    numeric,
    add column avance_proyectado_porcentaje  numeric(14, 2),
    add column semaforo_proyectado           varchar(10),
    add column traza_proyeccion              text;

alter table resultado_historial
    add column logro_proyectado              numeric,
    add column meta_anual                    numeric,
    add column avance_proyectado_porcentaje  numeric(14, 2),
    add column semaforo_proyectado           varchar(10),
    add column traza_proyeccion              text;

-- The read of the indicators at risk: projected colour other than VERDE, by period.
create index resultado_en_riesgo_idx on resultado (ejercicio, trimestre, semaforo_proyectado)
    where semaforo_proyectado is not null and semaforo_proyectado <> 'VERDE';
