-- Every frecuencia of SPEC rule 9: CUATRIMESTRAL is 13 characters; multi-year ones are measured
-- from the year of the línea base, which the free text lineaBase cannot be relied on to give.
alter table indicador
    alter column frecuencia type varchar(16),
    add column anio_linea_base integer;
alter table indicador_version
    alter column frecuencia type varchar(16),
    add column anio_linea_base integer;
