-- The captura's texts the printed report shows beside the figures: the capturer's análisis del
-- logro and the validator's comentario (observaciones). Null for capturas received before capture
-- sent them, until their next version or revision.
alter table captura
    add column analisis_logro text,
    add column comentario     text;
