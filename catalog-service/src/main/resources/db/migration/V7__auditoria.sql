-- Who made each change: the subject of the bearer token of the request that wrote it. Rows
-- written before the API required tokens have no author (null): nobody signed them.

-- each version of an indicator, and the current one as the indicator row keeps it
alter table indicador add column registrado_por text;
alter table indicador_version add column registrado_por text;
-- beside the author the ficha names (modificado_por), who sent the change
alter table meta_modificacion add column registrado_por text;

-- a programa's current version (it keeps no history of its own: its events do)
alter table programa add column registrado_por text;
alter table programa add column actualizado_en timestamptz;
update programa set actualizado_en = creado_en;
alter table programa alter column actualizado_en set not null;
-- an objective's creation or the last change of its texts
alter table objetivo add column registrado_por text;

-- an entry of a reference catalogue: who added it and who retired it
alter table referencia add column registrado_por text;
alter table referencia add column retirado_por text;
