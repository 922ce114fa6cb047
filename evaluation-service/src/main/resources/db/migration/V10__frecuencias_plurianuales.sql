-- Every frecuencia of SPEC rule 9: CUATRIMESTRAL is 13 characters.
alter table indicador alter column frecuencia type varchar(16);
