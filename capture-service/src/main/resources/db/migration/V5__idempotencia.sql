-- The first answer to each Idempotency-Key, committed with what that request stored, so a
-- retry gets the same answer and stores nothing new.
create table idempotencia (
    clave      varchar(200) primary key,
    operacion  text        not null,
    huella     char(64)    not null,
    estado     integer,
    ubicacion  text,
    cuerpo     text,
    creado_en  timestamptz not null
);
