-- Workflow: a version changes state (VALIDADA, DEVUELTA) in place; revision counts its state
-- changes so consumers keep the highest (version, revision).
alter table captura
    add column revision     integer not null default 0,
    add column validado_por text,
    add column validado_en  timestamptz,
    add column comentario   text;
