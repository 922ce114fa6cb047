-- pgbench script: the transaction capture-service runs for one POST /capturas of a late captura
-- (every benchmark captura is late: ejercicio 2025's windows have closed), on capture's own
-- schema. Same statements and row sizes as CapturaService.registrar: lock the indicador replica
-- row, read the period's latest version, insert the captura (~0.7 KB with its jsonb values) and
-- two outbox rows (the ~0.8 KB "capturas" event and the "capturas-tardias" one) with their
-- CloudEvents attributes and the request's W3C traceparent.
-- Variables: -D indicadores=N (synthetic indicador rows with ids md5(1..N)::uuid).
\set ind random(1, :indicadores)
\set trimestre random(1, 4)
\set v1 random(1, 100000)
\set v2 random(100000, 200000)
BEGIN;
SELECT id, version, estado, ejercicio, programa_clave, unidad_responsable, nombre, frecuencia, variables, actualizado_en
  FROM indicador WHERE id = md5(:ind::text)::uuid FOR UPDATE;
SELECT coalesce(max(version), 0) + 1 AS siguiente
  FROM captura WHERE indicador_id = md5(:ind::text)::uuid AND ejercicio = 2025 AND trimestre = :trimestre \gset
INSERT INTO captura (id, indicador_id, ejercicio, trimestre, version, estado, definicion_version, valores,
                     analisis_logro, justificacion_variacion, preliminar, tardia, dias_retraso, capturado_por, capturado_en)
VALUES (gen_random_uuid(), md5(:ind::text)::uuid, 2025, :trimestre, :siguiente, 'ENVIADA', 1,
        ('[{"mes":' || (:trimestre * 3) || ',"valores":{"V1":' || :v1 || '.25,"V2":' || :v2 || '}}]')::jsonb,
        'LA DEPENDENCIA REALIZÓ LAS ACCIONES PROGRAMADAS DEL TRIMESTRE CONFORME AL CALENDARIO APROBADO, CON LA PARTICIPACIÓN DE LAS UNIDADES ADMINISTRATIVAS RESPONSABLES Y EL SEGUIMIENTO DE LA UNIDAD DE EVALUACIÓN.',
        'LA VARIACIÓN RESPECTO DE LA META PROGRAMADA OBEDECE A QUE PARTE DE LAS ACCIONES SE REPROGRAMARON AL SIGUIENTE TRIMESTRE POR AJUSTES EN LA DISPONIBILIDAD PRESUPUESTAL Y EN LOS TIEMPOS DE CONTRATACIÓN; LA CIFRA REPORTADA CORRESPONDE A LOS REGISTROS ADMINISTRATIVOS VALIDADOS POR EL ÁREA RESPONSABLE Y SE ACTUALIZARÁ UNA VEZ QUE SE CUENTE CON LA INFORMACIÓN DEFINITIVA DE LAS DELEGACIONES REGIONALES.',
        false, true, 300, 'BENCH800101AB1', now());
INSERT INTO outbox (topic, clave, payload, creado_en, ce_id, ce_type, ce_time, ce_dataschema, traceparent)
VALUES ('bench-capturas', md5(:ind::text)::uuid::text,
        '{"schemaVersion":1,"eventId":"' || gen_random_uuid() || '","occurredAt":"' || now() || '","capturaId":"' || gen_random_uuid() || '","indicadorId":"' || md5(:ind::text)::uuid || '","definicionVersion":1,"ejercicio":2025,"trimestre":' || :trimestre || ',"version":' || :siguiente || ',"estado":"ENVIADA","valoresPorMes":[{"mes":' || (:trimestre * 3) || ',"valores":{"V1":' || :v1 || '.25,"V2":' || :v2 || '}}],"preliminar":false,"tardia":true,"justificacionVariacion":"LA VARIACIÓN RESPECTO DE LA META PROGRAMADA OBEDECE A QUE PARTE DE LAS ACCIONES SE REPROGRAMARON AL SIGUIENTE TRIMESTRE POR AJUSTES EN LA DISPONIBILIDAD PRESUPUESTAL Y EN LOS TIEMPOS DE CONTRATACIÓN; LA CIFRA REPORTADA CORRESPONDE A LOS REGISTROS ADMINISTRATIVOS VALIDADOS POR EL ÁREA RESPONSABLE Y SE ACTUALIZARÁ UNA VEZ QUE SE CUENTE CON LA INFORMACIÓN DEFINITIVA DE LAS DELEGACIONES REGIONALES.","capturadoPor":"BENCH800101AB1","capturadoEn":"' || now() || '","revision":0}',
        now(), gen_random_uuid(), 'mx.pbrsed.captura.registrada.v1', now(),
        'https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/CapturaRegistradaEvent',
        '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-01');
INSERT INTO outbox (topic, clave, payload, creado_en, ce_id, ce_type, ce_time, ce_dataschema, traceparent)
VALUES ('bench-capturas-tardias', md5(:ind::text)::uuid::text,
        '{"schemaVersion":1,"eventId":"' || gen_random_uuid() || '","occurredAt":"' || now() || '","capturaId":"' || gen_random_uuid() || '","indicadorId":"' || md5(:ind::text)::uuid || '","nombre":"INDICADOR SINTÉTICO ' || :ind || ' DEL BENCHMARK","programaClave":"B001","unidadResponsable":"100","ejercicio":2025,"trimestre":' || :trimestre || ',"version":' || :siguiente || ',"correccion":false,"cierreVentana":"2026-01-15","diasRetraso":300,"capturadoPor":"BENCH800101AB1","capturadoEn":"' || now() || '"}',
        now(), gen_random_uuid(), 'mx.pbrsed.captura.tardia.v1', now(),
        'https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/CapturaTardiaEvent',
        '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-01');
END;
