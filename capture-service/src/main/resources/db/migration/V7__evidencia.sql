-- Evidence files, kept in the database with the captura version they were attached to.
create table evidencia (
    id               uuid primary key,
    captura_id       uuid         not null references captura (id),
    indicador_id     uuid         not null,
    ejercicio        integer      not null,
    trimestre        integer      not null,
    captura_version  integer      not null,
    nombre           varchar(255) not null,
    tipo_contenido   varchar(100) not null,
    tamano           bigint       not null,
    sha256           char(64)     not null,
    contenido        bytea        not null,
    subido_en        timestamptz  not null
);
create index evidencia_periodo_idx on evidencia (indicador_id, ejercicio, trimestre);
