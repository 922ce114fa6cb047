package mx.pbrsed.platform.pruebas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EjemplosDeOpenApiTest {
    /** Two operations of one path: a write whose request example E011 leads to a 201, and a read. */
    private static final String DOCUMENTO = """
            {"openapi": "3.1.0",
             "paths": {
               "/programas/{ejercicio}": {
                 "parameters": [{"name": "ejercicio", "in": "path", "required": true, "example": 2023}],
                 "get": {"operationId": "listarProgramas",
                   "parameters": [{"name": "clave", "in": "query", "examples": {"E011": {"value": "E011"}}},
                                  {"name": "page", "in": "query", "example": 0, "required": false}],
                   "responses": {
                     "200": {"content": {"application/json": {"examples": {"E011": {"$ref": "#/components/examples/Programas"}}}}},
                     "404": {"$ref": "#/components/responses/NoEncontrado"}}},
                 "post": {"operationId": "registrarPrograma",
                   "parameters": [{"name": "Idempotency-Key", "in": "header", "examples": {"E011": {"value": "k-1"}}}],
                   "requestBody": {"content": {"application/json": {"examples": {
                       "E011": {"value": {"clave": "E011"}}, "claveVacia": {"value": {"clave": ""}}}}}},
                   "responses": {
                     "201": {"content": {"application/json": {"examples": {"E011": {"value": {"clave": "E011", "version": 1, "notas": null}}}}}},
                     "400": {"content": {"application/problem+json": {"examples": {"claveVacia": {"value":
                         {"type": "https://pbrsed.mx/problemas/validacion", "status": 400, "title": "t", "detail": "d"}}}}}}}}
               }},
             "components": {
               "examples": {"Programas": {"value": [{"clave": "E011", "objetivos": [{"nivel": "FIN"}]}]}},
               "responses": {"NoEncontrado": {"content": {"application/problem+json": {"examples": {"noEncontrado": {"value": {}}}}}}}}}
            """;

    @Test
    void unCasoPorEjemploDeRespuestaPropiaConSuSolicitudDelMismoNombre() {
        List<EjemplosDeOpenApi.Caso> casos = EjemplosDeOpenApi.casos(DOCUMENTO);

        assertThat(casos).extracting(Object::toString)
                .containsExactly("registrarPrograma / E011", "registrarPrograma / claveVacia", "listarProgramas / E011");
        EjemplosDeOpenApi.Caso alta = casos.get(0);
        assertThat(alta.metodo()).isEqualTo("POST");
        assertThat(alta.cuerpo()).isEqualTo("{\"clave\":\"E011\"}");
        assertThat(alta.tipoCuerpo()).isEqualTo("application/json");
        assertThat(alta.parametrosRuta()).isEqualTo(Map.of("ejercicio", "2023"));
        assertThat(alta.cabeceras()).isEqualTo(Map.of("Idempotency-Key", "k-1"));
        assertThat(alta.estado()).isEqualTo(201);
        assertThat(casos.get(1).estado()).isEqualTo(400);
        EjemplosDeOpenApi.Caso lectura = casos.get(2);
        assertThat(lectura.cuerpo()).isNull();
        assertThat(lectura.parametrosConsulta()).isEqualTo(Map.of("clave", "E011", "page", "0"));
    }

    @Test
    void unaRespuestaConLaFormaDocumentadaPasaAunqueLosValoresCambien() {
        EjemplosDeOpenApi.Caso alta = EjemplosDeOpenApi.casos(DOCUMENTO).get(0);

        alta.verificar(201, "application/json;charset=UTF-8", "{\"clave\":\"E999\",\"version\":7,\"notas\":\"x\"}");
        alta.verificar(201, "application/json", "{\"clave\":\"E999\",\"version\":7}");
    }

    @Test
    void otroEstadoOtroTipoOUnCampoDeMasODeMenosFallanNombrandoLaDiferencia() {
        EjemplosDeOpenApi.Caso alta = EjemplosDeOpenApi.casos(DOCUMENTO).get(0);

        assertThatThrownBy(() -> alta.verificar(200, "application/json", "{}"))
                .hasMessageContaining("status 200, documented 201");
        assertThatThrownBy(() -> alta.verificar(201, "text/plain", "{}")).hasMessageContaining("content type");
        assertThatThrownBy(() -> alta.verificar(201, "application/json", "{\"clave\":\"E011\",\"version\":\"1\",\"extra\":1}"))
                .hasMessageContaining("$.version is STRING, documented NUMBER")
                .hasMessageContaining("$.extra is not documented");
        assertThatThrownBy(() -> alta.verificar(201, "application/json", "{\"version\":1}"))
                .hasMessageContaining("$.clave is missing");
    }

    @Test
    void losArreglosSeComparanPorSuPrimerElementoYLosProblemasPorStatusYType() {
        List<EjemplosDeOpenApi.Caso> casos = EjemplosDeOpenApi.casos(DOCUMENTO);

        casos.get(2).verificar(200, "application/json", "[{\"clave\":\"A\",\"objetivos\":[]},{\"otro\":1}]");
        assertThatThrownBy(() -> casos.get(2).verificar(200, "application/json", "[{\"clave\":\"A\",\"objetivos\":[{\"nivel\":1}]}]"))
                .hasMessageContaining("$[0].objetivos[0].nivel is NUMBER");
        casos.get(1).verificar(400, "application/problem+json", "{\"type\":\"https://pbrsed.mx/problemas/validacion\",\"status\":400}");
        assertThatThrownBy(() -> casos.get(1).verificar(400, "application/problem+json",
                "{\"type\":\"https://pbrsed.mx/problemas/otro\",\"status\":400}")).hasMessageContaining("type");
    }

    @Test
    void unEjemploDeSolicitudSinRespuestaDelMismoNombreEsUnEmparejamientoRoto() {
        String roto = DOCUMENTO.replace("\"claveVacia\": {\"value\": {\"clave\": \"\"}}", "\"huerfano\": {\"value\": {\"clave\": \"\"}}");

        assertThatThrownBy(() -> EjemplosDeOpenApi.casos(roto)).hasMessageContaining("registrarPrograma/huerfano");
    }
}
