package mx.pbrsed.capture.rest;

/**
 * OpenAPI examples, from the seed: IPAM's (UR 118) programa E011 in 2023, its FIN indicator
 * (matrícula consular, 32,822 against a meta of 45,649) and its PROPOSITO indicator (9 of 9
 * programs), captured by OORE690714H58.
 */
final class Ejemplos {
    static final String INDICADOR_FIN = "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b";
    static final String INDICADOR_PROPOSITO = "7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f";
    static final String EVIDENCIA = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
    static final String IDEMPOTENCY_KEY = "ipam-2023-t4-fin-1";

    static final String CAPTURA_REQUEST = """
            {
              "indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b",
              "ejercicio": 2023,
              "trimestre": 4,
              "valores": {"V1": 32822},
              "analisisLogro": "DE ENERO A SEPTIEMBRE DEL 2023 EL INSTITUTO DE MEXICANOS EN EL EXTERIOR REPORTA DATOS PRELIMINARES DE 32,822 MATRÍCULAS PARA CIUDADANOS POBLANOS RADICADOS EN EL EXTRANJERO.",
              "justificacionVariacion": "CIFRA PRELIMINAR DEL IME (71.90% DE LA META); SE ACTUALIZARÁ CON LA DEFINITIVA.",
              "preliminar": true
            }""";

    static final String CAPTURA_MENSUAL_REQUEST = """
            {
              "indicadorId": "7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f",
              "ejercicio": 2023,
              "trimestre": 4,
              "valoresMensuales": [
                {"mes": 10, "valores": {"V1": 3, "V2": 9}},
                {"mes": 11, "valores": {"V1": 3, "V2": 9}},
                {"mes": 12, "valores": {"V1": 3, "V2": 9}}
              ],
              "preliminar": false
            }""";

    static final String CAPTURA = """
            {
              "id": "0e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
              "indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b",
              "ejercicio": 2023,
              "trimestre": 4,
              "version": 1,
              "estado": "ENVIADA",
              "definicionVersion": 1,
              "valoresPorMes": [{"mes": 12, "valores": {"V1": 32822}}],
              "analisisLogro": "DE ENERO A SEPTIEMBRE DEL 2023 EL INSTITUTO DE MEXICANOS EN EL EXTERIOR REPORTA DATOS PRELIMINARES DE 32,822 MATRÍCULAS PARA CIUDADANOS POBLANOS RADICADOS EN EL EXTRANJERO.",
              "justificacionVariacion": "CIFRA PRELIMINAR DEL IME (71.90% DE LA META); SE ACTUALIZARÁ CON LA DEFINITIVA.",
              "preliminar": true,
              "tardia": false,
              "diasRetraso": 0,
              "capturadoPor": "OORE690714H58",
              "capturadoEn": "2024-01-12T17:45:03.512Z",
              "revision": 0,
              "validadoPor": null,
              "validadoEn": null,
              "comentario": null
            }""";

    static final String CAPTURA_VALIDADA = """
            {
              "id": "0e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
              "indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b",
              "ejercicio": 2023,
              "trimestre": 4,
              "version": 1,
              "estado": "VALIDADA",
              "definicionVersion": 1,
              "valoresPorMes": [{"mes": 12, "valores": {"V1": 32822}}],
              "analisisLogro": "DE ENERO A SEPTIEMBRE DEL 2023 EL INSTITUTO DE MEXICANOS EN EL EXTERIOR REPORTA DATOS PRELIMINARES DE 32,822 MATRÍCULAS PARA CIUDADANOS POBLANOS RADICADOS EN EL EXTRANJERO.",
              "justificacionVariacion": "CIFRA PRELIMINAR DEL IME (71.90% DE LA META); SE ACTUALIZARÁ CON LA DEFINITIVA.",
              "preliminar": true,
              "tardia": false,
              "diasRetraso": 0,
              "capturadoPor": "OORE690714H58",
              "capturadoEn": "2024-01-12T17:45:03.512Z",
              "revision": 1,
              "validadoPor": "evaluacion.sfa@puebla.gob.mx",
              "validadoEn": "2024-01-18T16:02:44.090Z",
              "comentario": "Cifra preliminar conforme al reporte del IME."
            }""";

    static final String CAPTURA_DEVUELTA = """
            {
              "id": "0e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
              "indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b",
              "ejercicio": 2023,
              "trimestre": 4,
              "version": 1,
              "estado": "DEVUELTA",
              "definicionVersion": 1,
              "valoresPorMes": [{"mes": 12, "valores": {"V1": 32822}}],
              "analisisLogro": "DE ENERO A SEPTIEMBRE DEL 2023 EL INSTITUTO DE MEXICANOS EN EL EXTERIOR REPORTA DATOS PRELIMINARES DE 32,822 MATRÍCULAS PARA CIUDADANOS POBLANOS RADICADOS EN EL EXTRANJERO.",
              "justificacionVariacion": null,
              "preliminar": true,
              "tardia": false,
              "diasRetraso": 0,
              "capturadoPor": "OORE690714H58",
              "capturadoEn": "2024-01-12T17:45:03.512Z",
              "revision": 1,
              "validadoPor": "evaluacion.sfa@puebla.gob.mx",
              "validadoEn": "2024-01-18T16:02:44.090Z",
              "comentario": "El avance es 71.90% (AMARILLO): falta la justificación de la variación."
            }""";

    static final String VERSIONES = """
            [
              {
                "id": "0e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
                "indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b",
                "ejercicio": 2023,
                "trimestre": 4,
                "version": 1,
                "estado": "DEVUELTA",
                "definicionVersion": 1,
                "valoresPorMes": [{"mes": 12, "valores": {"V1": 32822}}],
                "analisisLogro": null,
                "justificacionVariacion": null,
                "preliminar": true,
                "tardia": false,
                "diasRetraso": 0,
                "capturadoPor": "OORE690714H58",
                "capturadoEn": "2024-01-12T17:45:03.512Z",
                "revision": 1,
                "validadoPor": "evaluacion.sfa@puebla.gob.mx",
                "validadoEn": "2024-01-18T16:02:44.090Z",
                "comentario": "El avance es 71.90% (AMARILLO): falta la justificación de la variación."
              },
              {
                "id": "4a5b6c7d-8e9f-4a0b-b1c2-d3e4f5a6b7c8",
                "indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b",
                "ejercicio": 2023,
                "trimestre": 4,
                "version": 2,
                "estado": "ENVIADA",
                "definicionVersion": 1,
                "valoresPorMes": [{"mes": 12, "valores": {"V1": 32822}}],
                "analisisLogro": null,
                "justificacionVariacion": "CIFRA PRELIMINAR DEL IME (71.90% DE LA META); SE ACTUALIZARÁ CON LA DEFINITIVA.",
                "preliminar": true,
                "tardia": true,
                "diasRetraso": 4,
                "capturadoPor": "OORE690714H58",
                "capturadoEn": "2024-01-19T15:20:11.004Z",
                "revision": 0,
                "validadoPor": null,
                "validadoEn": null,
                "comentario": null
              }
            ]""";

    static final String LOTE_REQUEST = """
            [
              {"indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b", "ejercicio": 2023, "trimestre": 4,
               "valores": {"V1": 32822}, "preliminar": true},
              {"indicadorId": "7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f", "ejercicio": 2023, "trimestre": 4,
               "valores": {"V1": 9, "V2": 9}, "preliminar": false}
            ]""";

    static final String LOTE_CSV = """
            indicadorId,ejercicio,trimestre,V1,V2,analisisLogro,preliminar
            5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b,2023,4,32822,,"DATOS PRELIMINARES DEL IME: 32,822 MATRÍCULAS",true
            7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f,2023,4,9,9,,false
            """;

    static final String LOTE_RESULTADO = """
            {
              "dryRun": false,
              "capturas": 2,
              "valores": 3,
              "filas": [
                {"fila": 1, "id": "0e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b",
                 "ejercicio": 2023, "trimestre": 4, "version": 1, "tardia": false, "diasRetraso": 0},
                {"fila": 2, "id": "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0", "indicadorId": "7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f",
                 "ejercicio": 2023, "trimestre": 4, "version": 1, "tardia": false, "diasRetraso": 0}
              ]
            }""";

    static final String LOTE_RESULTADO_DRY_RUN = """
            {
              "dryRun": true,
              "capturas": 2,
              "valores": 3,
              "filas": [
                {"fila": 1, "id": null, "indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b",
                 "ejercicio": 2023, "trimestre": 4, "version": 1, "tardia": false, "diasRetraso": 0},
                {"fila": 2, "id": null, "indicadorId": "7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f",
                 "ejercicio": 2023, "trimestre": 4, "version": 1, "tardia": false, "diasRetraso": 0}
              ]
            }""";

    static final String VALIDACION_REQUEST = """
            {"comentario": "Cifra preliminar conforme al reporte del IME."}""";

    static final String DEVOLUCION_REQUEST = """
            {"comentario": "El avance es 71.90% (AMARILLO): falta la justificación de la variación."}""";

    static final String EVIDENCIA_JSON = """
            {
              "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
              "capturaId": "0e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
              "capturaVersion": 1,
              "nombre": "FIN_IPAM_IIE.pdf",
              "tipoContenido": "application/pdf",
              "tamano": 245760,
              "sha256": "9f2b5c1e7a4d3086b1c9e2f4a6d8b0c3e5f7a9b1d3c5e7f9a1b3c5d7e9f1a3b5",
              "subidoPor": "OORE690714H58",
              "subidoEn": "2024-01-12T17:52:40.118Z"
            }""";

    static final String EVIDENCIAS = "[" + EVIDENCIA_JSON + "]";

    static final String CALENDARIO_POR_DEFECTO = """
            {
              "ejercicio": 2023,
              "porDefecto": true,
              "zona": "America/Mexico_City",
              "ventanas": [
                {"trimestre": 1, "abre": "2023-04-01", "cierra": "2023-04-15", "cierraEn": "2023-04-16T00:00:00-06:00"},
                {"trimestre": 2, "abre": "2023-07-01", "cierra": "2023-07-15", "cierraEn": "2023-07-16T00:00:00-06:00"},
                {"trimestre": 3, "abre": "2023-10-01", "cierra": "2023-10-15", "cierraEn": "2023-10-16T00:00:00-06:00"},
                {"trimestre": 4, "abre": "2024-01-01", "cierra": "2024-01-15", "cierraEn": "2024-01-16T00:00:00-06:00"}
              ],
              "actualizadoPor": null,
              "actualizadoEn": null
            }""";

    static final String CALENDARIO_REQUEST = """
            {
              "ventanas": [
                {"trimestre": 1, "abre": "2023-04-03", "cierra": "2023-04-14"},
                {"trimestre": 2, "abre": "2023-07-03", "cierra": "2023-07-14"},
                {"trimestre": 3, "abre": "2023-10-02", "cierra": "2023-10-13"},
                {"trimestre": 4, "abre": "2024-01-08", "cierra": "2024-01-19"}
              ]
            }""";

    static final String CALENDARIO = """
            {
              "ejercicio": 2023,
              "porDefecto": false,
              "zona": "America/Mexico_City",
              "ventanas": [
                {"trimestre": 1, "abre": "2023-04-03", "cierra": "2023-04-14", "cierraEn": "2023-04-15T00:00:00-06:00"},
                {"trimestre": 2, "abre": "2023-07-03", "cierra": "2023-07-14", "cierraEn": "2023-07-15T00:00:00-06:00"},
                {"trimestre": 3, "abre": "2023-10-02", "cierra": "2023-10-13", "cierraEn": "2023-10-14T00:00:00-06:00"},
                {"trimestre": 4, "abre": "2024-01-08", "cierra": "2024-01-19", "cierraEn": "2024-01-20T00:00:00-06:00"}
              ],
              "actualizadoPor": "admin.catalogo@planeacion.puebla.gob.mx",
              "actualizadoEn": "2023-03-20T18:30:00.000Z"
            }""";

    static final String DEVENGADO_REQUEST = """
            {"ejercicio": 2023, "programaClave": "E011", "trimestre": 4, "devengadoAcumulado": 47812885.90}""";

    static final String DEVENGADO = """
            {
              "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
              "ejercicio": 2023,
              "programaClave": "E011",
              "trimestre": 4,
              "version": 1,
              "devengadoAcumulado": 47812885.90,
              "capturadoPor": "OORE690714H58",
              "capturadoEn": "2024-01-12T18:05:27.331Z"
            }""";

    static final String DEVENGADOS = "[" + DEVENGADO + "]";

    static final String PROBLEMA_VALIDACION = """
            {
              "type": "https://pbrsed.mx/problemas/validacion",
              "title": "Datos inválidos",
              "status": 400,
              "detail": "La solicitud tiene campos inválidos.",
              "instance": "/capturas",
              "errores": [{"campo": "trimestre", "mensaje": "debe ser menor que o igual a 4", "posicion": null}]
            }""";

    static final String PROBLEMA_JSON_INVALIDO = """
            {
              "type": "https://pbrsed.mx/problemas/json-invalido",
              "title": "Cuerpo JSON inválido",
              "status": 400,
              "detail": "Valor inválido en 'valores[V1]': se espera un número JSON, no texto.",
              "instance": "/capturas",
              "errores": [{"campo": "valores[V1]", "mensaje": "Valor inválido en 'valores[V1]': se espera un número JSON, no texto.", "posicion": null}]
            }""";

    static final String PROBLEMA_NO_AUTENTICADO = """
            {
              "type": "https://pbrsed.mx/problemas/no-autenticado",
              "title": "No autenticado",
              "status": 401,
              "detail": "Se requiere un token bearer vigente, firmado por el emisor de confianza (cabecera Authorization: Bearer <JWT>).",
              "instance": "/capturas"
            }""";

    static final String PROBLEMA_PROHIBIDO_ROL = """
            {
              "type": "https://pbrsed.mx/problemas/prohibido",
              "title": "Prohibido",
              "status": 403,
              "detail": "Los roles del token no permiten esta operación.",
              "instance": "/capturas"
            }""";

    static final String PROBLEMA_PROHIBIDO_UNIDAD = """
            {
              "type": "https://pbrsed.mx/problemas/prohibido",
              "title": "Prohibido",
              "status": 403,
              "detail": "El indicador 5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b es de la unidad responsable 118; el token captura para la 119",
              "instance": "/capturas",
              "errores": [{"campo": "indicadorId", "mensaje": "El indicador 5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b es de la unidad responsable 118; el token captura para la 119", "posicion": null}]
            }""";

    static final String PROBLEMA_PROHIBIDO_LOTE = """
            {
              "type": "https://pbrsed.mx/problemas/prohibido",
              "title": "Prohibido",
              "status": 403,
              "detail": "Filas de otra unidad responsable: 2; no se guardó ninguna captura del lote",
              "instance": "/capturas/lote",
              "errores": [{"campo": "filas[2].indicadorId", "posicion": 2,
                           "mensaje": "El indicador 7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f es de la unidad responsable 118; el token captura para la 119"}]
            }""";

    static final String PROBLEMA_PROHIBIDO_PROGRAMA = """
            {
              "type": "https://pbrsed.mx/problemas/prohibido",
              "title": "Prohibido",
              "status": 403,
              "detail": "El programa E011 es de la unidad responsable 118; el token captura para la 119",
              "instance": "/devengados",
              "errores": [{"campo": "programaClave", "mensaje": "El programa E011 es de la unidad responsable 118; el token captura para la 119", "posicion": null}]
            }""";

    static final String PROBLEMA_NO_ENCONTRADO = """
            {
              "type": "https://pbrsed.mx/problemas/no-encontrado",
              "title": "No encontrado",
              "status": 404,
              "detail": "No existe captura del indicador 5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b en 2023 T4",
              "instance": "/capturas/5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b/2023/4/validacion"
            }""";

    static final String PROBLEMA_TRANSICION = """
            {
              "type": "https://pbrsed.mx/problemas/transicion-no-permitida",
              "title": "Transición no permitida",
              "status": 409,
              "detail": "Una captura VALIDADA no puede pasar a DEVUELTA",
              "instance": "/capturas/5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b/2023/4/devolucion",
              "errores": [{"campo": "estado", "mensaje": "Una captura VALIDADA no puede pasar a DEVUELTA", "posicion": null}]
            }""";

    static final String PROBLEMA_CAPTURA_RECHAZADA = """
            {
              "type": "https://pbrsed.mx/problemas/captura-rechazada",
              "title": "Captura rechazada",
              "status": 422,
              "detail": "Faltan las variables [V2]",
              "instance": "/capturas",
              "errores": [{"campo": "valores", "mensaje": "Faltan las variables [V2]", "posicion": null}]
            }""";

    static final String PROBLEMA_SIN_COMENTARIO = """
            {
              "type": "https://pbrsed.mx/problemas/captura-rechazada",
              "title": "Captura rechazada",
              "status": 422,
              "detail": "Una captura se devuelve con un comentario que diga qué corregir",
              "instance": "/capturas/5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b/2023/4/devolucion",
              "errores": [{"campo": "comentario", "mensaje": "Una captura se devuelve con un comentario que diga qué corregir", "posicion": null}]
            }""";

    static final String PROBLEMA_IDEMPOTENCIA = """
            {
              "type": "https://pbrsed.mx/problemas/idempotencia-conflicto",
              "title": "Clave de idempotencia en conflicto",
              "status": 422,
              "detail": "La clave ipam-2023-t4-fin-1 ya se usó con otra solicitud (POST /capturas); una clave nueva para cada solicitud distinta",
              "instance": "/capturas",
              "errores": [{"campo": "Idempotency-Key", "mensaje": "La clave ipam-2023-t4-fin-1 ya se usó con otra solicitud (POST /capturas); una clave nueva para cada solicitud distinta", "posicion": null}]
            }""";

    static final String PROBLEMA_LOTE_RECHAZADO = """
            {
              "type": "https://pbrsed.mx/problemas/lote-rechazado",
              "title": "Lote rechazado",
              "status": 422,
              "detail": "1 problemas en 1 filas; no se guardó ninguna captura del lote",
              "instance": "/capturas/lote",
              "errores": [{"campo": "filas[2].valores[V2]", "mensaje": "'nueve' no es un número decimal", "posicion": 2}]
            }""";

    static final String PROBLEMA_EVIDENCIA_NOMBRE = """
            {
              "type": "https://pbrsed.mx/problemas/evidencia-rechazada",
              "title": "Evidencia rechazada",
              "status": 400,
              "detail": "El archivo necesita un nombre de 1 a 255 caracteres, sin rutas",
              "instance": "/capturas/5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b/2023/4/evidencias",
              "errores": [{"campo": "Content-Disposition", "mensaje": "El archivo necesita un nombre de 1 a 255 caracteres, sin rutas", "posicion": null}]
            }""";

    static final String PROBLEMA_EVIDENCIA_TAMANO = """
            {
              "type": "https://pbrsed.mx/problemas/evidencia-rechazada",
              "title": "Evidencia rechazada",
              "status": 413,
              "detail": "El archivo excede el máximo de 10485760 bytes",
              "instance": "/capturas/5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b/2023/4/evidencias",
              "errores": [{"campo": "contenido", "mensaje": "El archivo excede el máximo de 10485760 bytes", "posicion": null}]
            }""";

    static final String PROBLEMA_EVIDENCIA_TIPO = """
            {
              "type": "https://pbrsed.mx/problemas/evidencia-rechazada",
              "title": "Evidencia rechazada",
              "status": 415,
              "detail": "Tipo de archivo no permitido: 'text/plain'; se aceptan [application/pdf, image/png, image/jpeg, text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet]",
              "instance": "/capturas/5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b/2023/4/evidencias",
              "errores": [{"campo": "Content-Type", "mensaje": "Tipo de archivo no permitido: 'text/plain'; se aceptan [application/pdf, image/png, image/jpeg, text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet]", "posicion": null}]
            }""";

    static final String PROBLEMA_EVIDENCIA_CONTENIDO = """
            {
              "type": "https://pbrsed.mx/problemas/evidencia-rechazada",
              "title": "Evidencia rechazada",
              "status": 422,
              "detail": "El contenido no es un archivo image/png",
              "instance": "/capturas/5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b/2023/4/evidencias",
              "errores": [{"campo": "contenido", "mensaje": "El contenido no es un archivo image/png", "posicion": null}]
            }""";

    static final String PROBLEMA_TIPO_NO_SOPORTADO = """
            {
              "type": "https://pbrsed.mx/problemas/http-415",
              "title": "Unsupported Media Type",
              "status": 415,
              "detail": "Unsupported Media Type",
              "instance": "/capturas"
            }""";

    static final String PROBLEMA_CALENDARIO = """
            {
              "type": "https://pbrsed.mx/problemas/calendario-rechazado",
              "title": "Calendario rechazado",
              "status": 422,
              "detail": "La ventana del trimestre 1 abre después de que el trimestre termina (2023-03-31), no el 2023-03-30",
              "instance": "/calendarios/2023",
              "errores": [{"campo": "ventanas[0].abre", "mensaje": "La ventana del trimestre 1 abre después de que el trimestre termina (2023-03-31), no el 2023-03-30", "posicion": null}]
            }""";

    static final String PROBLEMA_PROGRAMA_DESCONOCIDO = """
            {
              "type": "https://pbrsed.mx/problemas/captura-rechazada",
              "title": "Captura rechazada",
              "status": 422,
              "detail": "El programa E011 no existe en el catálogo publicado del ejercicio 2023",
              "instance": "/devengados",
              "errores": [{"campo": "programaClave", "mensaje": "El programa E011 no existe en el catálogo publicado del ejercicio 2023", "posicion": null}]
            }""";

    private Ejemplos() {
    }
}
