-- Who asked for each rebuild and when: the only write this service takes over REST. A rebuild
-- that failed keeps terminado_en null.
create table reconstruccion (
    id                    bigserial   primary key,
    origen                varchar(8)  not null,
    solicitado_por        text        not null,
    solicitado_en         timestamptz not null,
    terminado_en          timestamptz,
    indicadores           integer,
    resultados_cambiados  bigint,
    eventos_leidos        bigint,
    eventos_rechazados    bigint
);
