-- Capture windows an administrator set; an ejercicio without rows uses the SPEC default.
create table calendario_ventana (
    ejercicio        integer     not null,
    trimestre        integer     not null check (trimestre between 1 and 4),
    abre             date        not null,
    cierra           date        not null check (cierra >= abre),
    actualizado_por  text        not null,
    actualizado_en   timestamptz not null,
    primary key (ejercicio, trimestre)
);
