-- Each outbox record keeps what the relay sends as Kafka headers: its CloudEvents attributes
-- (binary mode; source and subject come from the service's name and the record's key) and the W3C
-- trace context of the transaction that queued it (the consumed captura's), null when none.
alter table outbox
    add column ce_id         uuid,
    add column ce_type       text,
    add column ce_time       timestamptz,
    add column ce_dataschema text,
    add column traceparent   text,
    add column tracestate    text;

-- Records queued before this version: every one is a ResultadoCambiadoEvent with its id and time.
update outbox
   set ce_id = (payload::jsonb ->> 'eventId')::uuid,
       ce_time = (payload::jsonb ->> 'occurredAt')::timestamptz,
       ce_type = 'mx.pbrsed.resultado.cambiado.v1',
       ce_dataschema = 'https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/ResultadoCambiadoEvent';

alter table outbox
    alter column ce_id set not null,
    alter column ce_type set not null,
    alter column ce_time set not null,
    alter column ce_dataschema set not null;
