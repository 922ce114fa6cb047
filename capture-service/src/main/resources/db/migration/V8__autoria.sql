-- Who uploaded each evidence file: the token's subject (files uploaded before this version have none).
alter table evidencia add column subido_por text;

-- Whose program it is, from the catalog's programas event: only a capturista of that unidad
-- responsable records its devengado.
alter table programa add column unidad_responsable varchar(10);

-- Programs replicated before this version: their indicators tell, when they all agree.
update programa p
set unidad_responsable = i.unidad_responsable
from (select ejercicio, programa_clave, min(unidad_responsable) as unidad_responsable
      from indicador
      group by ejercicio, programa_clave
      having count(distinct unidad_responsable) = 1) i
where i.ejercicio = p.ejercicio
  and i.programa_clave = p.clave;
