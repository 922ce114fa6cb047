-- Each outbox record keeps what the relay sends as Kafka headers: its CloudEvents attributes
-- (binary mode; source and subject come from the service's name and the record's key) and the W3C
-- trace context of the transaction that queued it, null when nothing was traced.
alter table outbox
    add column ce_id         uuid,
    add column ce_type       text,
    add column ce_time       timestamptz,
    add column ce_dataschema text,
    add column traceparent   text,
    add column tracestate    text;

-- Records queued before this version: the payload has the id and time, the topic names the event.
update outbox
   set ce_id = (payload::jsonb ->> 'eventId')::uuid,
       ce_time = (payload::jsonb ->> 'occurredAt')::timestamptz,
       ce_type = case
           when topic like '%indicadores' then 'mx.pbrsed.indicador.publicado.v1'
           when topic like '%programas' then 'mx.pbrsed.programa.publicado.v1'
       end,
       ce_dataschema = 'https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/' || case
           when topic like '%indicadores' then 'IndicadorPublicadoEvent'
           when topic like '%programas' then 'ProgramaPublicadoEvent'
       end;

alter table outbox
    alter column ce_id set not null,
    alter column ce_type set not null,
    alter column ce_time set not null,
    alter column ce_dataschema set not null;
