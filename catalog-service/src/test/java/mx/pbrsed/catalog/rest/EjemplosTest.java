package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.documento;
import static mx.pbrsed.catalog.CatalogoApi.objetivoDelDocumento;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mx.pbrsed.platform.pruebas.EjemplosDeOpenApi;
import mx.pbrsed.platform.pruebas.EjemplosDeOpenApi.Caso;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the served contract, replayed: the request documented under a name gets the
 * answer documented under the same name (its status and shape). Each case runs in a world of its
 * own, a fresh ramo, unidad responsable and unidad de medida and the seed's programa under a fresh
 * clave, and reads the claves and ids its example names (the seed's 04, 118, E011...) as that
 * world's: so it finds what it asks for, creates what is new, and leaves the seeded catalogue, which
 * the other tests share, as it was.
 */
@QuarkusTest
class EjemplosTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The ids the examples give the seed's programa, objectives and indicators. */
    private static final String PROGRAMA = "8251003d-ed2e-46d0-844a-ec8c60e3729d";
    private static final String FIN = "ebf9dc04-eaaf-4d7a-bc88-95bc34004551";
    private static final String PROPOSITO = "e37b1842-9240-4926-b752-19697fec5672";
    private static final String FIN_1 = "d0a64375-54e5-4a45-8b7e-ab57b08eb54a";
    private static final String PROPOSITO_1 = "3f1c2b7a-6d4e-4a59-9e21-7c0d5b8a9f13";
    /** Operations whose example registers the programa it names: their world must not have it yet. */
    private static final Set<String> REGISTRAN_PROGRAMA = Set.of("crearPrograma", "importarPrograma");

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @TestFactory
    Stream<DynamicTest> cadaEjemploRecibeLaRespuestaDocumentada() {
        return EjemplosDeOpenApi.casos().stream().map(caso -> dynamicTest(caso.toString(), () -> {
            Caso enSuMundo = mundoPara(caso.operationId()).traducir(caso);
            enSuMundo.verificar(enSuMundo.enviar(api()));
        }));
    }

    /** Prepares what the operation's example refers to, leaving out what the example itself creates. */
    private static Mundo mundoPara(String operationId) {
        Mundo mundo = new Mundo();
        String ramo = mundo.nombra("04", claveNueva("R"));
        String unidad = mundo.nombra("118", claveNueva("U"));
        String documento = mundo.nombra("DOCUMENTO", claveNueva("UM"));
        String medida = mundo.nombra("PERSONA", claveNueva("UM"));
        String programa = mundo.nombra("E011", claveNueva("E"));
        if (operationId.equals("crearRamo")) {
            return mundo;
        }
        entrada("/ramos", "{\"clave\": \"" + ramo + "\", \"nombre\": \"GOBERNACIÓN\"}");
        if (operationId.equals("crearUnidadResponsable")) {
            return mundo;
        }
        entrada("/unidades-responsables", "{\"clave\": \"" + unidad + "\", \"nombre\": \"INSTITUTO POBLANO DE ASISTENCIA"
                + " AL MIGRANTE\", \"ramo\": \"" + ramo + "\"}");
        entrada("/unidades-medida", "{\"clave\": \"" + medida + "\", \"nombre\": \"PERSONA\"}");
        // an indicator names a unidad de medida of the catalogue; the example that creates it does not find it
        if (!operationId.equals("crearUnidadMedida")) {
            entrada("/unidades-medida", "{\"clave\": \"" + documento + "\", \"nombre\": \"DOCUMENTO\"}");
        }
        if (!REGISTRAN_PROGRAMA.contains(operationId)) {
            importar(mundo, programa, ramo, unidad);
        }
        return mundo;
    }

    private static void entrada(String catalogo, String cuerpo) {
        api().body(cuerpo).post(catalogo).then().statusCode(201);
    }

    /** The seed's document, whose PROPOSITO-1 still has its metas as approved, so that the change example changes them. */
    private static void importar(Mundo mundo, String programa, String ramo, String unidad) {
        ObjectNode documento = documento(programa);
        ((ObjectNode) documento.at("/programa/ramo")).put("clave", ramo);
        ((ObjectNode) documento.at("/programa/unidadResponsable")).put("clave", unidad);
        ObjectNode metas = (ObjectNode) objetivoDelDocumento(documento, "PROPOSITO").at("/indicadores/0/metasCalendarizadas");
        metas.set("modificadas", metas.get("aprobadas").deepCopy());
        api().body(documento.toString()).put("/programas/{ejercicio}/{clave}/documento", EJERCICIO, programa)
                .then().statusCode(201);
        JsonPath leido = api().get("/programas/{ejercicio}/{clave}", EJERCICIO, programa).then().statusCode(200)
                .extract().jsonPath();
        mundo.nombra(PROGRAMA, leido.getString("id"));
        mundo.nombra(FIN, leido.getString("objetivos.find { it.clave == 'FIN' }.id"));
        mundo.nombra(PROPOSITO, leido.getString("objetivos.find { it.clave == 'PROPOSITO' }.id"));
        JsonPath indicadores = api().get("/programas/{ejercicio}/{clave}/indicadores", EJERCICIO, programa).then()
                .statusCode(200).extract().jsonPath();
        mundo.nombra(FIN_1, indicadores.getString("find { it.clave == 'FIN-1' }.id"));
        mundo.nombra(PROPOSITO_1, indicadores.getString("find { it.clave == 'PROPOSITO-1' }.id"));
    }

    /** What each documented clave or id is in one case's world. */
    private static final class Mundo {
        private final Map<String, String> nombres = new HashMap<>();

        String nombra(String documentado, String real) {
            nombres.put(documentado, real);
            return real;
        }

        /** The case with every parameter and body value that names something of the seed renamed. */
        Caso traducir(Caso caso) {
            return new Caso(caso.operationId(), caso.nombre(), caso.metodo(), caso.ruta(),
                    traducir(caso.parametrosRuta()), traducir(caso.parametrosConsulta()), caso.cabeceras(),
                    caso.tipoCuerpo(), caso.cuerpo() == null ? null : traducirCuerpo(caso.cuerpo()), caso.estado(),
                    caso.tipoRespuesta(), caso.esperado());
        }

        private Map<String, Object> traducir(Map<String, Object> parametros) {
            Map<String, Object> traducidos = new LinkedHashMap<>();
            parametros.forEach((nombre, valor) -> traducidos.put(nombre, nombres.getOrDefault(String.valueOf(valor), String.valueOf(valor))));
            return traducidos;
        }

        private String traducirCuerpo(String cuerpo) {
            try {
                return traducir(JSON.readTree(cuerpo)).toString();
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private JsonNode traducir(JsonNode nodo) {
            if (nodo.isTextual()) {
                return TextNode.valueOf(nombres.getOrDefault(nodo.asText(), nodo.asText()));
            }
            if (nodo.isObject()) {
                ObjectNode objeto = (ObjectNode) nodo;
                objeto.fields().forEachRemaining(campo -> campo.setValue(traducir(campo.getValue())));
                return objeto;
            }
            if (nodo.isArray()) {
                ArrayNode lista = (ArrayNode) nodo;
                for (int i = 0; i < lista.size(); i++) {
                    lista.set(i, traducir(lista.get(i)));
                }
            }
            return nodo;
        }
    }
}
