-- The projected colour last known for each indicator-period and what it was computed from
-- (definition version; per quarter the captura's version.revision, '-' for none). A change of
-- colour from newer inputs is announced on alertas-tempranas; a rebuild does not empty this
-- table, so replaying older inputs announces nothing again.
create table alerta_temprana (
    indicador_id         uuid        not null,
    ejercicio            integer     not null,
    trimestre            integer     not null,
    semaforo_proyectado  varchar(10) not null,
    procedencia          text        not null,
    actualizada_en       timestamptz not null,
    primary key (indicador_id, ejercicio, trimestre)
);
