-- Indicator-periods announced as overdue; the key makes a second announcement impossible,
-- even when two instances run the check at once.
create table captura_vencida (
    indicador_id    uuid        not null references indicador (id),
    ejercicio       integer     not null,
    trimestre       integer     not null check (trimestre between 1 and 4),
    ventana_cierra  date        not null,
    detectado_en    timestamptz not null,
    primary key (indicador_id, ejercicio, trimestre)
);
