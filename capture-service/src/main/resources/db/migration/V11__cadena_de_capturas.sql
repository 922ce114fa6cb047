-- Tamper-evident history: each version stores the SHA-256 of its canonical content (domain
-- CadenaCaptura, format pbrsed-captura/1) and the hash of its period's previous version, so a row
-- edited, removed or replaced afterwards breaks the chain. V12 (a Java migration, since the hash is
-- computed by the same code as a new version's) fills both for the versions already stored; V13
-- then makes hash mandatory.
alter table captura
    add column hash          char(64),
    add column hash_anterior char(64);
