-- pgbench script: the rows of a bulk import of 1,000 late capturas in one transaction, as
-- multi-row INSERT ... SELECT (what JDBC batching can at best approach): 1,000 captura rows and
-- their 2,000 outbox rows, same sizes as captura.sql. The baseline of the bulk-import figure.
-- Variables: -D indicadores=N; needs the sequence bench_version (run.sh creates it).
\set base random(0, 1000000)
BEGIN;
INSERT INTO captura (id, indicador_id, ejercicio, trimestre, version, estado, definicion_version, valores,
                     analisis_logro, justificacion_variacion, preliminar, tardia, dias_retraso, capturado_por, capturado_en)
SELECT gen_random_uuid(), md5(((:base + g) % :indicadores + 1)::text)::uuid, 2025, g % 4 + 1, nextval('bench_version'),
       'ENVIADA', 1,
       ('[{"mes":' || ((g % 4 + 1) * 3) || ',"valores":{"V1":' || g || '.25,"V2":' || (g + 1000) || '}}]')::jsonb,
       'LA DEPENDENCIA REALIZÓ LAS ACCIONES PROGRAMADAS DEL TRIMESTRE CONFORME AL CALENDARIO APROBADO, CON LA PARTICIPACIÓN DE LAS UNIDADES ADMINISTRATIVAS RESPONSABLES Y EL SEGUIMIENTO DE LA UNIDAD DE EVALUACIÓN.',
       'LA VARIACIÓN RESPECTO DE LA META PROGRAMADA OBEDECE A QUE PARTE DE LAS ACCIONES SE REPROGRAMARON AL SIGUIENTE TRIMESTRE POR AJUSTES EN LA DISPONIBILIDAD PRESUPUESTAL Y EN LOS TIEMPOS DE CONTRATACIÓN; LA CIFRA REPORTADA CORRESPONDE A LOS REGISTROS ADMINISTRATIVOS VALIDADOS POR EL ÁREA RESPONSABLE Y SE ACTUALIZARÁ UNA VEZ QUE SE CUENTE CON LA INFORMACIÓN DEFINITIVA DE LAS DELEGACIONES REGIONALES.',
       false, true, 300, 'BENCH800101AB1', now()
  FROM generate_series(1, 1000) AS g;
INSERT INTO outbox (topic, clave, payload, creado_en, ce_id, ce_type, ce_time, ce_dataschema, traceparent)
SELECT t.topic, md5(((:base + g) % :indicadores + 1)::text)::uuid::text,
       '{"schemaVersion":1,"eventId":"' || gen_random_uuid() || '","occurredAt":"' || now() || '","capturaId":"' || gen_random_uuid() || '","indicadorId":"' || md5(((:base + g) % :indicadores + 1)::text)::uuid || '","definicionVersion":1,"ejercicio":2025,"trimestre":' || (g % 4 + 1) || ',"version":1,"estado":"ENVIADA","valoresPorMes":[{"mes":' || ((g % 4 + 1) * 3) || ',"valores":{"V1":' || g || '.25,"V2":' || (g + 1000) || '}}],"preliminar":false,"tardia":true,"justificacionVariacion":"LA VARIACIÓN RESPECTO DE LA META PROGRAMADA OBEDECE A QUE PARTE DE LAS ACCIONES SE REPROGRAMARON AL SIGUIENTE TRIMESTRE POR AJUSTES EN LA DISPONIBILIDAD PRESUPUESTAL Y EN LOS TIEMPOS DE CONTRATACIÓN; LA CIFRA REPORTADA CORRESPONDE A LOS REGISTROS ADMINISTRATIVOS VALIDADOS POR EL ÁREA RESPONSABLE Y SE ACTUALIZARÁ UNA VEZ QUE SE CUENTE CON LA INFORMACIÓN DEFINITIVA DE LAS DELEGACIONES REGIONALES.","capturadoPor":"BENCH800101AB1","capturadoEn":"' || now() || '","revision":0}',
       now(), gen_random_uuid(), t.tipo, now(), 'https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/' || t.esquema,
       '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-01'
  FROM generate_series(1, 1000) AS g,
       (VALUES ('bench-capturas', 'mx.pbrsed.captura.registrada.v1', 'CapturaRegistradaEvent'),
               ('bench-capturas-tardias', 'mx.pbrsed.captura.tardia.v1', 'CapturaTardiaEvent')) AS t (topic, tipo, esquema);
END;
