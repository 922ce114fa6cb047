-- Every frecuencia of SPEC rule 9 (CUATRIMESTRAL is 13 characters) and the year of the línea base
-- a multi-year one is measured from (null for the others and for definitions published before).
alter table indicador
    alter column frecuencia type varchar(16),
    add column anio_linea_base integer;
