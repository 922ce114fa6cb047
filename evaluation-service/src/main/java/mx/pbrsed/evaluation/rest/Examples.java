package mx.pbrsed.evaluation.rest;

/** The OpenAPI examples: the seed's program E011 (IPAM, UR 118, ramo 04) at Q4 2023. */
final class Examples {
    static final String INDICADOR_ID = "3f2b6c1e-8d4a-4e0b-9c71-5a9e2d7f4b10";

    static final String RESULTADOS = """
            {
              "indicadorId": "3f2b6c1e-8d4a-4e0b-9c71-5a9e2d7f4b10",
              "nombre": "NÚMERO DE BENEFICIARIOS POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.",
              "nivel": "FIN",
              "ejercicio": 2023,
              "programaClave": "E011",
              "definicionVersion": 1,
              "resultados": [
                {
                  "ejercicio": 2023,
                  "trimestre": 1,
                  "estado": "NO_PROGRAMADO",
                  "logro": null,
                  "metaProgramada": null,
                  "avancePorcentaje": null,
                  "semaforo": null,
                  "trazaLogro": null,
                  "trazaMeta": null,
                  "trazaAvance": null,
                  "definicionVersion": 1,
                  "capturaVersion": null,
                  "capturaEstado": null,
                  "tardia": false,
                  "preliminar": false,
                  "faltaJustificacion": false,
                  "calculadoEn": "2023-04-03T09:12:44.518Z"
                },
                {
                  "ejercicio": 2023,
                  "trimestre": 2,
                  "estado": "NO_PROGRAMADO",
                  "logro": null,
                  "metaProgramada": null,
                  "avancePorcentaje": null,
                  "semaforo": null,
                  "trazaLogro": null,
                  "trazaMeta": null,
                  "trazaAvance": null,
                  "definicionVersion": 1,
                  "capturaVersion": null,
                  "capturaEstado": null,
                  "tardia": false,
                  "preliminar": false,
                  "faltaJustificacion": false,
                  "calculadoEn": "2023-04-03T09:12:44.518Z"
                },
                {
                  "ejercicio": 2023,
                  "trimestre": 3,
                  "estado": "NO_PROGRAMADO",
                  "logro": null,
                  "metaProgramada": null,
                  "avancePorcentaje": null,
                  "semaforo": null,
                  "trazaLogro": null,
                  "trazaMeta": null,
                  "trazaAvance": null,
                  "definicionVersion": 1,
                  "capturaVersion": null,
                  "capturaEstado": null,
                  "tardia": false,
                  "preliminar": false,
                  "faltaJustificacion": false,
                  "calculadoEn": "2023-04-03T09:12:44.518Z"
                },
                {
                  "ejercicio": 2023,
                  "trimestre": 4,
                  "estado": "CALCULADO",
                  "logro": 32822,
                  "metaProgramada": 45649,
                  "avancePorcentaje": 71.90,
                  "semaforo": "AMARILLO",
                  "trazaLogro": "32822 = 32822",
                  "trazaMeta": "45649 = 45649",
                  "trazaAvance": "32822 / 45649 * 100 = 71.90",
                  "definicionVersion": 1,
                  "capturaVersion": 1,
                  "capturaEstado": "ENVIADA",
                  "tardia": false,
                  "preliminar": true,
                  "faltaJustificacion": false,
                  "calculadoEn": "2024-01-12T17:40:05.127Z"
                }
              ]
            }
            """;

    static final String RESUMEN_PROGRAMA = """
            {
              "ambito": "PROGRAMA",
              "ejercicio": 2023,
              "clave": "E011",
              "nombre": "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO",
              "trimestre": 4,
              "programas": ["E011"],
              "indicadores": [
                {
                  "indicadorId": "3f2b6c1e-8d4a-4e0b-9c71-5a9e2d7f4b10",
                  "programaClave": "E011",
                  "nombre": "NÚMERO DE BENEFICIARIOS POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.",
                  "nivel": "FIN",
                  "tipo": "ESTRATEGICO",
                  "dimension": "EFICACIA",
                  "comportamiento": "ASCENDENTE",
                  "frecuencia": "ANUAL",
                  "avancePorcentaje": 71.90,
                  "semaforo": "AMARILLO",
                  "estado": "CALCULADO",
                  "tardia": false
                },
                {
                  "indicadorId": "8a1d0f52-3c6e-4b7a-a2d9-64e0c5b1f387",
                  "programaClave": "E011",
                  "nombre": "PORCENTAJE DE PROGRAMAS A FAVOR DE CIUDADANOS POBLANOS RADICADOS EN ESTADOS UNIDOS DE AMÉRICA, REPATRIADOS AL IGUAL QUE SUS FAMILIAS.",
                  "nivel": "PROPOSITO",
                  "tipo": "ESTRATEGICO",
                  "dimension": "EFICACIA",
                  "comportamiento": "ASCENDENTE",
                  "frecuencia": "ANUAL",
                  "avancePorcentaje": 100.00,
                  "semaforo": "VERDE",
                  "estado": "CALCULADO",
                  "tardia": true
                }
              ],
              "conteo": {"verde": 1, "amarillo": 1, "rojo": 0, "excedido": 0, "sinSemaforo": 0, "total": 2},
              "avanceFinanciero": {
                "presupuestoAprobado": 45022975.00,
                "presupuestoModificado": 47812885.90,
                "devengado": 47812885.90,
                "porcentajeAprobado": 106.20,
                "porcentajeModificado": 100.00
              }
            }
            """;

    /** Filtered with semaforo=AMARILLO: conteo still counts both indicators. */
    static final String RESUMEN_UNIDAD_RESPONSABLE = """
            {
              "ambito": "UNIDAD_RESPONSABLE",
              "ejercicio": 2023,
              "clave": "118",
              "nombre": "INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE",
              "trimestre": 4,
              "programas": ["E011"],
              "indicadores": [
                {
                  "indicadorId": "3f2b6c1e-8d4a-4e0b-9c71-5a9e2d7f4b10",
                  "programaClave": "E011",
                  "nombre": "NÚMERO DE BENEFICIARIOS POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.",
                  "nivel": "FIN",
                  "tipo": "ESTRATEGICO",
                  "dimension": "EFICACIA",
                  "comportamiento": "ASCENDENTE",
                  "frecuencia": "ANUAL",
                  "avancePorcentaje": 71.90,
                  "semaforo": "AMARILLO",
                  "estado": "CALCULADO",
                  "tardia": false
                }
              ],
              "conteo": {"verde": 1, "amarillo": 1, "rojo": 0, "excedido": 0, "sinSemaforo": 0, "total": 2},
              "avanceFinanciero": {
                "presupuestoAprobado": 45022975.00,
                "presupuestoModificado": 47812885.90,
                "devengado": 47812885.90,
                "porcentajeAprobado": 106.20,
                "porcentajeModificado": 100.00
              }
            }
            """;

    /** Filtered with tardia=true. */
    static final String RESUMEN_RAMO = """
            {
              "ambito": "RAMO",
              "ejercicio": 2023,
              "clave": "04",
              "nombre": "GOBERNACIÓN",
              "trimestre": 4,
              "programas": ["E011"],
              "indicadores": [
                {
                  "indicadorId": "8a1d0f52-3c6e-4b7a-a2d9-64e0c5b1f387",
                  "programaClave": "E011",
                  "nombre": "PORCENTAJE DE PROGRAMAS A FAVOR DE CIUDADANOS POBLANOS RADICADOS EN ESTADOS UNIDOS DE AMÉRICA, REPATRIADOS AL IGUAL QUE SUS FAMILIAS.",
                  "nivel": "PROPOSITO",
                  "tipo": "ESTRATEGICO",
                  "dimension": "EFICACIA",
                  "comportamiento": "ASCENDENTE",
                  "frecuencia": "ANUAL",
                  "avancePorcentaje": 100.00,
                  "semaforo": "VERDE",
                  "estado": "CALCULADO",
                  "tardia": true
                }
              ],
              "conteo": {"verde": 1, "amarillo": 1, "rojo": 0, "excedido": 0, "sinSemaforo": 0, "total": 2},
              "avanceFinanciero": {
                "presupuestoAprobado": 45022975.00,
                "presupuestoModificado": 47812885.90,
                "devengado": 47812885.90,
                "porcentajeAprobado": 106.20,
                "porcentajeModificado": 100.00
              }
            }
            """;

    static final String REPORTE = """
            <!DOCTYPE html>
            <html lang="es">
            <head><meta charset="UTF-8"><title>Análisis de los Indicadores de Resultados 2023 - E011</title></head>
            <body>
            <h1>ANÁLISIS DE LOS INDICADORES DE RESULTADOS 2023</h1>
            <p>Periodo: OCTUBRE - DICIEMBRE 2023</p>
            <p>RAMO: 04-GOBERNACIÓN<br>INSTITUCIÓN RESPONSABLE: 118 INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE<br>
            PROGRAMA PRESUPUESTARIO: E011 PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO</p>
            <h2>Avance Físico y Financiero</h2>
            <table><tr><td>$45,022,975.00</td><td>$47,812,885.90</td><td>$47,812,885.90</td><td>106.20%</td><td>100.00%</td></tr></table>
            <h2>INDICADORES DE DESEMPEÑO</h2>
            <table><tr><td>1</td><td>NÚMERO DE BENEFICIARIOS POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.</td><td>FIN</td>
            <td class="numero AMARILLO">71.90%</td></tr></table>
            </body>
            </html>
            """;

    static final String CSV = """
            CICLO,ID_RAMO,DESC_RAMO,ID_UR,DESC_UR,ID_PP,DESC_PP,ID_NIVEL,DESC_NIVEL,FRECUENCIA,TIPO_INDICADOR,\
            DIMENSION,UNIDAD_MEDIDA,SENTIDO,META_MES1,META_MES2,META_MES3,META_MES4,META_MES5,META_MES6,\
            META_MES7,META_MES8,META_MES9,META_MES10,META_MES11,META_MES12,META_AJUSTADA_MES1,\
            META_AJUSTADA_MES2,META_AJUSTADA_MES3,META_AJUSTADA_MES4,META_AJUSTADA_MES5,META_AJUSTADA_MES6,\
            META_AJUSTADA_MES7,META_AJUSTADA_MES8,META_AJUSTADA_MES9,META_AJUSTADA_MES10,META_AJUSTADA_MES11,\
            META_AJUSTADA_MES12,AVANCE_MES1,AVANCE_MES2,AVANCE_MES3,AVANCE_MES4,AVANCE_MES5,AVANCE_MES6,\
            AVANCE_MES7,AVANCE_MES8,AVANCE_MES9,AVANCE_MES10,AVANCE_MES11,AVANCE_MES12,\
            JUSTIFICACION_AJUSTE_MES1,JUSTIFICACION_AJUSTE_MES2,JUSTIFICACION_AJUSTE_MES3,\
            JUSTIFICACION_AJUSTE_MES4,JUSTIFICACION_AJUSTE_MES5,JUSTIFICACION_AJUSTE_MES6,\
            JUSTIFICACION_AJUSTE_MES7,JUSTIFICACION_AJUSTE_MES8,JUSTIFICACION_AJUSTE_MES9,\
            JUSTIFICACION_AJUSTE_MES10,JUSTIFICACION_AJUSTE_MES11,JUSTIFICACION_AJUSTE_MES12,ID_INDICADOR,\
            NOMBRE_INDICADOR
            2023,04,GOBERNACIÓN,118,INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE,E011,\
            PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO,1,Fin,ANUAL,ESTRATEGICO,EFICACIA,DOCUMENTO,ASCENDENTE,,,,\
            ,,,,,,,,,,,,,,,,,,,,45649,,,,,,,,,,,,32822,,,,,,,,,,,,,3f2b6c1e-8d4a-4e0b-9c71-5a9e2d7f4b10,\
            NÚMERO DE BENEFICIARIOS POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.
            """;

    static final String RECONSTRUCCION_REPLICAS = """
            {
              "origen": "REPLICAS",
              "solicitadoPor": "luis.admin",
              "solicitadoEn": "2024-01-15T10:00:00.123456-06:00",
              "indicadores": 2,
              "resultadosCambiados": 0
            }
            """;

    static final String RECONSTRUCCION_TOPICS = """
            {
              "origen": "TOPICS",
              "solicitadoPor": "luis.admin",
              "solicitadoEn": "2024-01-15T10:05:00.654321-06:00",
              "indicadores": 2,
              "eventosLeidos": 6,
              "eventosRechazados": 0
            }
            """;

    static final String PROBLEMA_INVALIDO = """
            {
              "type": "https://pbrsed.mx/problemas/validacion",
              "title": "Datos inválidos",
              "status": 400,
              "detail": "La solicitud tiene campos inválidos.",
              "instance": "/programas/2023/E011/resumen",
              "errores": [{"campo": "trimestre", "mensaje": "must be less than or equal to 4", "posicion": null}]
            }
            """;

    static final String PROBLEMA_NO_AUTENTICADO = """
            {
              "type": "https://pbrsed.mx/problemas/no-autenticado",
              "title": "No autenticado",
              "status": 401,
              "detail": "La solicitud requiere un token Bearer (cabecera Authorization: Bearer <JWT>).",
              "instance": "/programas/2023/E011/resumen"
            }
            """;

    static final String PROBLEMA_PROHIBIDO = """
            {
              "type": "https://pbrsed.mx/problemas/prohibido",
              "title": "Prohibido",
              "status": 403,
              "detail": "Los roles del token no permiten esta operación.",
              "instance": "/admin/reconstruccion"
            }
            """;

    static final String PROBLEMA_NO_ENCONTRADO = """
            {
              "type": "https://pbrsed.mx/problemas/no-encontrado",
              "title": "No encontrado",
              "status": 404,
              "detail": "No existe el programa 2023/E099",
              "instance": "/programas/2023/E099/resumen"
            }
            """;

    static final String PROBLEMA_DEMASIADO_GRANDE = """
            {
              "type": "https://pbrsed.mx/problemas/respuesta-demasiado-grande",
              "title": "Respuesta demasiado grande",
              "status": 422,
              "detail": "La respuesta pasaría de 20000 indicadores, el máximo que el servicio arma en una sola respuesta.",
              "instance": "/datos-abiertos/avance-indicadores.csv"
            }
            """;

    private Examples() {
    }
}
