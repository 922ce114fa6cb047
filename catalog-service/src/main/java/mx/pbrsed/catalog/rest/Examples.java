package mx.pbrsed.catalog.rest;

/**
 * OpenAPI examples, from the seed (IPAM's programa E011, ejercicio 2023): what a client sends and
 * what the catalog answers, so a frontend can be built from the spec alone.
 */
final class Examples {
    static final String PROGRAMA_REQUEST = """
            {
              "ejercicio": 2023,
              "ramo": {"clave": "04", "nombre": "GOBERNACIÓN"},
              "unidadResponsable": {"clave": "118", "nombre": "INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE"},
              "clave": "E011",
              "nombre": "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO",
              "presupuestoAprobado": 45022975.00,
              "presupuestoModificado": 47812885.90
            }""";

    static final String PROGRAMA_CAMBIO_REQUEST = """
            {"nombre": "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO", "presupuestoModificado": 47812885.90}""";

    static final String PROGRAMA = """
            {
              "id": "8251003d-ed2e-46d0-844a-ec8c60e3729d",
              "version": 2,
              "ejercicio": 2023,
              "ramo": {"clave": "04", "nombre": "GOBERNACIÓN"},
              "unidadResponsable": {"clave": "118", "nombre": "INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE"},
              "clave": "E011",
              "nombre": "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO",
              "presupuestoAprobado": 45022975.00,
              "presupuestoModificado": 47812885.90,
              "objetivos": [
                {
                  "id": "ebf9dc04-eaaf-4d7a-bc88-95bc34004551",
                  "clave": "FIN",
                  "nivel": "FIN",
                  "resumenNarrativo": "CONTRIBUIR A PROTEGER LOS INTERESES Y DERECHOS DE LAS Y LOS MIGRANTES POBLANOS EN EL EXTRANJERO FOMENTANDO SU INCLUSIÓN EN DIFERENTES ÁMBITOS PARA SU DESARROLLO INTEGRAL MEDIANTE LA PRESTACIÓN DE SERVICIOS DE ATENCIÓN Y APOYO.",
                  "responsable": "UNIDAD DE GESTIÓN PARA EL DESARROLLO INTEGRAL DEL MIGRANTE POBLANO.",
                  "padreId": null,
                  "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"
                },
                {
                  "id": "e37b1842-9240-4926-b752-19697fec5672",
                  "clave": "PROPOSITO",
                  "nivel": "PROPOSITO",
                  "resumenNarrativo": "LOS MIGRANTES POBLANOS RADICADOS EN NORTEAMÉRICA, AQUELLOS EN RETORNO Y SUS FAMILIAS, DISMINUYEN SU ESTADO DE VULNERABILIDAD.",
                  "responsable": "UNIDAD DE GESTIÓN PARA EL DESARROLLO INTEGRAL DEL MIGRANTE POBLANO Y LA DIRECCIÓN DE APOYO Y PROTECCIÓN DE MIGRANTES.",
                  "padreId": null,
                  "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"
                }
              ],
              "actualizadoEn": "2023-07-03T16:20:00Z",
              "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"
            }""";

    static final String OBJETIVO_REQUEST = """
            {
              "nivel": "COMPONENTE",
              "resumenNarrativo": "SERVICIOS DE ATENCIÓN Y APOYO A MIGRANTES POBLANOS OTORGADOS.",
              "responsable": "DIRECCIÓN DE APOYO Y PROTECCIÓN DE MIGRANTES."
            }""";

    static final String OBJETIVO = """
            {
              "id": "a7d9a2fc-4a7e-406d-a537-ce203c76fcdb",
              "clave": "C1",
              "nivel": "COMPONENTE",
              "resumenNarrativo": "SERVICIOS DE ATENCIÓN Y APOYO A MIGRANTES POBLANOS OTORGADOS.",
              "responsable": "DIRECCIÓN DE APOYO Y PROTECCIÓN DE MIGRANTES.",
              "padreId": null,
              "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"
            }""";

    /** The seed's FIN indicator: the matrícula consular, meta anual 45649. */
    private static final String FICHA_FIN = """
              "nombre": "NÚMERO DE BENEFICIARIOS POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.",
              "tipo": "ESTRATEGICO",
              "dimension": "EFICACIA",
              "comportamiento": "ASCENDENTE",
              "formulaDescendente": "LINEAL",
              "frecuencia": "ANUAL",
              "unidadMedida": "DOCUMENTO",
              "metodoCalculo": {"familia": "DATO_ABSOLUTO", "expresion": "V1"},
              "variables": [
                {"clave": "V1", "descripcion": "NÚMERO DE MATRÍCULAS OTORGADAS A MIGRANTES POBLANOS.", "tipo": "ACTUALIZABLE"}
              ],
              "mediosVerificacion": "CONCENTRADO ANUAL DEL NÚMERO TOTAL DE MIGRANTES POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.",
              "parametrosSemaforo": [
                {"desde": 0, "hasta": 70, "color": "ROJO"},
                {"desde": 70, "hasta": 95, "color": "AMARILLO"},
                {"desde": 95, "hasta": 116, "color": "VERDE"},
                {"desde": 116, "hasta": null, "color": "EXCEDIDO"}
              ],
              "metasCalendarizadas": {
                "aprobadas": [{"mes": 12, "valores": {"V1": 45649}}],
                "modificadas": [{"mes": 12, "valores": {"V1": 45649}}]
              }""";

    static final String INDICADOR_REQUEST = "{\n  \"objetivoId\": \"ebf9dc04-eaaf-4d7a-bc88-95bc34004551\",\n"
            + FICHA_FIN + "\n}";

    /** The seed's PROPOSITO indicator, whose meta modificada V2 went from 10 to 9. */
    static final String INDICADOR_CAMBIO_REQUEST = """
            {
              "objetivoId": "e37b1842-9240-4926-b752-19697fec5672",
              "nombre": "PORCENTAJE DE PROGRAMAS A FAVOR DE CIUDADANOS POBLANOS RADICADOS EN ESTADOS UNIDOS DE AMÉRICA, REPATRIADOS AL IGUAL QUE SUS FAMILIAS.",
              "tipo": "ESTRATEGICO",
              "dimension": "EFICACIA",
              "comportamiento": "ASCENDENTE",
              "frecuencia": "ANUAL",
              "unidadMedida": "PORCENTAJE",
              "metodoCalculo": {"familia": "PORCENTAJE", "expresion": "(V1 / V2) * 100"},
              "variables": [
                {"clave": "V1", "descripcion": "NÚMERO DE PROGRAMAS A FAVOR DE MIGRANTES POBLANOS EN NORTEAMÉRICA, QUE RETORNAN AL ESTADO Y SUS FAMILIAS REALIZADOS.", "tipo": "ACUMULABLE"},
                {"clave": "V2", "descripcion": "NÚMERO DE PROGRAMAS A FAVOR DE MIGRANTES POBLANOS EN NORTEAMÉRICA, QUE RETORNAN AL ESTADO Y SUS FAMILIAS PROGRAMADOS.", "tipo": "NO_ACUMULABLE"}
              ],
              "parametrosSemaforo": [
                {"desde": 0, "hasta": 90, "color": "ROJO"},
                {"desde": 90, "hasta": 95, "color": "AMARILLO"},
                {"desde": 95, "hasta": 116, "color": "VERDE"},
                {"desde": 116, "hasta": null, "color": "EXCEDIDO"}
              ],
              "metasCalendarizadas": {
                "aprobadas": [{"mes": 12, "valores": {"V1": 9, "V2": 10}}],
                "modificadas": [{"mes": 12, "valores": {"V1": 9, "V2": 9}}]
              },
              "vigenteDesde": "2023-07-01",
              "modificadoPor": "OORE690714H58",
              "justificacion": "SE CANCELÓ UNO DE LOS PROGRAMAS PROGRAMADOS POR RECORTE PRESUPUESTAL."
            }""";

    static final String INDICADOR = """
            {
              "id": "d0a64375-54e5-4a45-8b7e-ab57b08eb54a",
              "clave": "FIN-1",
              "version": 1,
              "estado": "VIGENTE",
              "vigenteDesde": "2023-01-01",
              "ejercicio": 2023,
              "programaClave": "E011",
              "objetivoId": "ebf9dc04-eaaf-4d7a-bc88-95bc34004551",
              "nivel": "FIN",
            """ + FICHA_FIN + """
            ,
              "lineaBase": null,
              "parametrosSemaforoPublicados": ["ROJO 0.0% - 69.9%", "AMARILLO 70.0% - 94.9%", "VERDE 95.0% - 115.9%", "EXCEDIDO >= 116.0%"],
              "actualizadoEn": "2023-01-16T16:15:00Z",
              "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"
            }""";

    static final String INDICADORES = "[" + INDICADOR + "]";

    static final String PAGINA_INDICADORES = "{\"items\": " + INDICADORES + ", \"page\": 0, \"size\": 50, \"total\": 1}";

    static final String RETIRO_REQUEST = """
            {"vigenteDesde": "2023-12-31"}""";

    static final String VERSIONES = """
            [
              {"version": 1, "estado": "VIGENTE", "vigenteDesde": "2023-01-01", "publicadoEn": "2023-01-16T16:15:00Z", "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"},
              {"version": 2, "estado": "VIGENTE", "vigenteDesde": "2023-07-01", "publicadoEn": "2023-07-03T16:20:00Z", "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"}
            ]""";

    static final String HISTORIAL_METAS = """
            [
              {
                "version": 2,
                "modificadoPor": "OORE690714H58",
                "modificadoEn": "2023-07-03T16:20:00Z",
                "justificacion": "SE CANCELÓ UNO DE LOS PROGRAMAS PROGRAMADOS POR RECORTE PRESUPUESTAL.",
                "antes": [{"mes": 12, "valores": {"V1": 9, "V2": 10}}],
                "despues": [{"mes": 12, "valores": {"V1": 9, "V2": 9}}],
                "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"
              }
            ]""";

    static final String DOCUMENTO = """
            {
              "programa":\s""" + PROGRAMA_REQUEST + """
            ,
              "objetivos": [
                {
                  "clave": "FIN",
                  "nivel": "FIN",
                  "resumenNarrativo": "CONTRIBUIR A PROTEGER LOS INTERESES Y DERECHOS DE LAS Y LOS MIGRANTES POBLANOS EN EL EXTRANJERO FOMENTANDO SU INCLUSIÓN EN DIFERENTES ÁMBITOS PARA SU DESARROLLO INTEGRAL MEDIANTE LA PRESTACIÓN DE SERVICIOS DE ATENCIÓN Y APOYO.",
                  "responsable": "UNIDAD DE GESTIÓN PARA EL DESARROLLO INTEGRAL DEL MIGRANTE POBLANO.",
                  "indicadores": [
                    {
                      "clave": "FIN-1",
            """ + FICHA_FIN + """

                    }
                  ]
                }
              ]
            }""";

    static final String RESULTADO_IMPORTACION = """
            {
              "programa": {"clave": "E011", "id": "8251003d-ed2e-46d0-844a-ec8c60e3729d", "version": 1, "cambio": "CREADO"},
              "objetivos": [{"clave": "FIN", "id": "ebf9dc04-eaaf-4d7a-bc88-95bc34004551", "version": null, "cambio": "CREADO"}],
              "indicadores": [{"clave": "FIN-1", "id": "d0a64375-54e5-4a45-8b7e-ab57b08eb54a", "version": 1, "cambio": "CREADO"}]
            }""";

    static final String RAMO_REQUEST = """
            {"clave": "04", "nombre": "GOBERNACIÓN"}""";
    static final String RAMO = """
            {"clave": "04", "nombre": "GOBERNACIÓN", "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"}""";
    static final String RAMOS = "[" + RAMO + "]";
    static final String RAMO_RETIRADO = """
            {"clave": "04", "nombre": "GOBERNACIÓN", "retiradoEn": "2024-01-02T17:00:00Z", "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx", "retiradoPor": "admin.catalogo@planeacion.puebla.gob.mx"}""";

    static final String UNIDAD_RESPONSABLE_REQUEST = """
            {"clave": "118", "nombre": "INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE", "ramo": "04"}""";
    static final String UNIDAD_RESPONSABLE = """
            {"clave": "118", "nombre": "INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE", "ramo": "04", "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"}""";
    static final String UNIDADES_RESPONSABLES = "[" + UNIDAD_RESPONSABLE + "]";
    static final String UNIDAD_RESPONSABLE_RETIRADA = """
            {"clave": "118", "nombre": "INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE", "ramo": "04", "retiradoEn": "2024-01-02T17:00:00Z", "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx", "retiradoPor": "admin.catalogo@planeacion.puebla.gob.mx"}""";

    static final String UNIDAD_MEDIDA_REQUEST = """
            {"clave": "DOCUMENTO", "nombre": "DOCUMENTO"}""";
    static final String UNIDAD_MEDIDA = """
            {"clave": "DOCUMENTO", "nombre": "DOCUMENTO", "registradoPor": "admin.catalogo@planeacion.puebla.gob.mx"}""";
    static final String UNIDADES_MEDIDA = """
            [{"clave": "DOCUMENTO", "nombre": "DOCUMENTO"}, {"clave": "PERSONA", "nombre": "PERSONA"}, {"clave": "PORCENTAJE", "nombre": "PORCENTAJE"}]""";
    static final String UNIDAD_MEDIDA_RETIRADA = """
            {"clave": "PERSONA", "nombre": "PERSONA", "retiradoEn": "2024-01-02T17:00:00Z", "retiradoPor": "admin.catalogo@planeacion.puebla.gob.mx"}""";

    static final String PROBLEMA_VALIDACION = """
            {
              "type": "https://pbrsed.mx/problemas/validacion",
              "title": "Datos inválidos",
              "status": 400,
              "detail": "La solicitud tiene campos inválidos.",
              "instance": "/programas",
              "errores": [{"campo": "presupuestoModificado", "mensaje": "numeric value out of bounds (<16 digits>.<2 digits> expected)", "posicion": null}]
            }""";
    static final String PROBLEMA_JSON_INVALIDO = """
            {
              "type": "https://pbrsed.mx/problemas/json-invalido",
              "title": "Cuerpo JSON inválido",
              "status": 400,
              "detail": "JSON mal formado en la línea 1, columna 20.",
              "instance": "/programas"
            }""";
    static final String PROBLEMA_NO_AUTENTICADO = """
            {
              "type": "https://pbrsed.mx/problemas/no-autenticado",
              "title": "No autenticado",
              "status": 401,
              "detail": "El token no es válido: firma, emisor o vigencia no aceptados.",
              "instance": "/programas/2023/E011"
            }""";
    static final String PROBLEMA_PROHIBIDO = """
            {
              "type": "https://pbrsed.mx/problemas/prohibido",
              "title": "Prohibido",
              "status": 403,
              "detail": "El rol del token no permite esta operación.",
              "instance": "/programas"
            }""";
    static final String PROBLEMA_NO_ENCONTRADO = """
            {
              "type": "https://pbrsed.mx/problemas/no-encontrado",
              "title": "No encontrado",
              "status": 404,
              "detail": "No existe el programa E099 (2023)",
              "instance": "/programas/2023/E099"
            }""";
    static final String PROBLEMA_CONFLICTO = """
            {
              "type": "https://pbrsed.mx/problemas/conflicto",
              "title": "Conflicto",
              "status": 409,
              "detail": "Ya existe el programa E011 en el ejercicio 2023",
              "instance": "/programas"
            }""";
    static final String PROBLEMA_DEMASIADO_GRANDE = """
            {
              "type": "https://pbrsed.mx/problemas/demasiado-grande",
              "title": "Cuerpo demasiado grande",
              "status": 413,
              "detail": "El cuerpo de la solicitud pasa del límite de 10485760 bytes.",
              "instance": "/programas/2023/E011/documento"
            }""";
    static final String PROBLEMA_TIPO_NO_SOPORTADO = """
            {
              "type": "https://pbrsed.mx/problemas/http-415",
              "title": "Unsupported Media Type",
              "status": 415,
              "detail": "Unsupported Media Type",
              "instance": "/indicadores"
            }""";
    static final String PROBLEMA_DEFINICION_INVALIDA = """
            {
              "type": "https://pbrsed.mx/problemas/definicion-invalida",
              "title": "Definición inválida",
              "status": 422,
              "detail": "La unidad responsable 118 pertenece al ramo 04, no al 11",
              "instance": "/programas",
              "errores": [{"campo": "unidadResponsable.clave", "mensaje": "La unidad responsable 118 pertenece al ramo 04, no al 11", "posicion": null}]
            }""";
    static final String PROBLEMA_FORMULA_INVALIDA = """
            {
              "type": "https://pbrsed.mx/problemas/formula-invalida",
              "title": "Fórmula inválida",
              "status": 422,
              "detail": "Se esperaba un número, una variable o '(' en la posición 7 y se encontró ')'",
              "instance": "/indicadores",
              "errores": [{"campo": "metodoCalculo.expresion", "mensaje": "Se esperaba un número, una variable o '(' en la posición 7 y se encontró ')'", "posicion": 7}]
            }""";

    private Examples() {
    }
}
