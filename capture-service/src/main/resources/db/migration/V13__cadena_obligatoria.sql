-- Every version is sealed (V12 sealed the older ones): a version without its hash cannot be stored.
alter table captura
    alter column hash set not null,
    add constraint captura_hash_hex check (hash ~ '^[0-9a-f]{64}$'),
    add constraint captura_hash_anterior_hex check (hash_anterior ~ '^[0-9a-f]{64}$');
