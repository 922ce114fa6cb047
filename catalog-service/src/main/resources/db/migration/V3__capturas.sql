-- Indicators that capture-service accepted a captura for, learned from its capturas topic:
-- such an indicator is retired, never deleted.
create table indicador_con_captura (
    indicador_id  uuid        primary key,
    registrada_en timestamptz not null
);
