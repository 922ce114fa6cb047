-- Natural keys, so a whole-program document names its objectives and indicators without ids and
-- can be imported into any database: an objective's clave (FIN, PROPOSITO, C1, C1.A1) and an
-- indicator's clave (FIN-1), each unique within its program.
alter table objetivo add column clave varchar(20);
update objetivo set clave = nivel where nivel in ('FIN', 'PROPOSITO');
-- Existing componentes and actividades had no order of their own: creation order is unknown, id
-- order is as good as any and stable.
with c as (
    select id, 'C' || row_number() over (partition by programa_id order by id) as clave
    from objetivo where nivel = 'COMPONENTE')
update objetivo o set clave = c.clave from c where o.id = c.id;
with a as (
    select o.id, p.clave || '.A' || row_number() over (partition by o.padre_id order by o.id) as clave
    from objetivo o join objetivo p on p.id = o.padre_id
    where o.nivel = 'ACTIVIDAD')
update objetivo o set clave = a.clave from a where o.id = a.id;
alter table objetivo alter column clave set not null;
alter table objetivo add constraint objetivo_programa_clave_uk unique (programa_id, clave);

-- An indicator never changes program, so the program is kept beside it to make its clave unique.
alter table indicador add column programa_id uuid references programa (id);
alter table indicador add column clave varchar(30);
update indicador i set programa_id = o.programa_id from objetivo o where o.id = i.objetivo_id;
with n as (
    select i.id, o.clave || '-' || row_number() over (partition by i.objetivo_id order by i.actualizado_en, i.id) as clave
    from indicador i join objetivo o on o.id = i.objetivo_id)
update indicador i set clave = n.clave from n where n.id = i.id;
alter table indicador alter column programa_id set not null;
alter table indicador alter column clave set not null;
alter table indicador add constraint indicador_programa_clave_uk unique (programa_id, clave);
