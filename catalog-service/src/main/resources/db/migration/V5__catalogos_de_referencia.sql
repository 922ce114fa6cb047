-- Reference catalogues: ramos, unidades responsables (each in a ramo) and unidades de medida.
-- A retired entry stays for the programs that already name it, but no new program may use it.
create table referencia (
    tipo        varchar(20) not null,
    clave       varchar(10) not null,
    nombre      text        not null,
    ramo_clave  varchar(10),
    retirado_en timestamptz,
    primary key (tipo, clave)
);

-- Reference data of the seed (IPAM, Puebla, 2023).
insert into referencia (tipo, clave, nombre, ramo_clave) values
    ('RAMO', '04', 'GOBERNACIÓN', null),
    ('UNIDAD_RESPONSABLE', '118', 'INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE', '04'),
    ('UNIDAD_MEDIDA', 'DOCUMENTO', 'DOCUMENTO', null),
    ('UNIDAD_MEDIDA', 'PORCENTAJE', 'PORCENTAJE', null),
    ('UNIDAD_MEDIDA', 'PERSONA', 'PERSONA', null);
