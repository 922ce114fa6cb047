package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.ESPERA;
import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import mx.pbrsed.platform.pruebas.EjemplosDeOpenApi;
import mx.pbrsed.platform.pruebas.EjemplosDeOpenApi.Caso;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the served OpenAPI document, replayed: each request example is sent, as the
 * caller the case needs, and answered with the status and shape of the response example of the same
 * name. The examples name the seed (IPAM, UR 118, programa E011, 2023 Q4), so the replica first
 * learns its indicators and programa under the seed's ids. Its own profile gives it a fresh database
 * and topics: the seed's E011 and 2023 calendar stay out of the other tests' way.
 */
@QuarkusTest
@TestProfile(EjemplosTest.Aparte.class)
class EjemplosTest {
    /** The examples a replay cannot reach, and why; everything else is replayed. */
    private static final Map<String, String> NO_REPRODUCIBLES = Map.of(
            "adjuntarEvidencia / demasiadoGrande",
            "needs a body past pbr.evidencias.tamano-maximo (10 MB), more than an example holds; EvidenciaTest sends one",
            "adjuntarEvidencia / completo",
            "needs a period that already holds 100 files; EvidenciaTest uploads them",
            "adjuntarEvidencia / validacion",
            "the path parameters document the seed's period, so a path out of range cannot be built from them; "
                    + "EntradaInvalidaTest covers it");
    private static final UUID FIN = UUID.fromString(ApiDefinition.INDICADOR_EJEMPLO);
    private static final UUID PROPOSITO = UUID.fromString("7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f");
    private static final UUID MENSUAL = UUID.fromString("8d2f3e4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a");

    public static class Aparte implements QuarkusTestProfile {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.programas")
    String topicProgramas;

    @TestFactory
    Stream<DynamicTest> cadaEjemploDeLaApiSeReproduce() {
        List<Definicion> indicadores = List.of(
                semilla(FIN, "ANUAL", "V1"), semilla(PROPOSITO, "ANUAL", "V1", "V2"), semilla(MENSUAL, "MENSUAL", "V1", "V2"));
        UUID programaId = UUID.randomUUID();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            indicadores.forEach(catalogo::publicar);
        }
        try (var catalogo = new Catalogo(bootstrap, topicProgramas)) {
            catalogo.publicarTexto(programaId, Catalogo.programa(programaId, "E011", Tokens.UR));
        }
        indicadores.forEach(Capturas::esperarReplica);
        // an amount below 0 stores nothing either way; it stops saying "no existe" once the replica has the program
        await().atMost(ESPERA).until(() -> Tokens.capturista().contentType(ContentType.JSON)
                .body("{\"ejercicio\": 2023, \"programaClave\": \"E011\", \"trimestre\": 4, \"devengadoAcumulado\": -1}")
                .post("/devengados"), r -> !r.asString().contains("no existe"));
        // the period the reads, reviews and evidence files of the examples name
        registrar(finQ4()).then().statusCode(201);

        List<Caso> casos = EjemplosDeOpenApi.casos();
        assertThat(casos.stream().map(Caso::toString)).as("the exclusions name examples the document has")
                .containsAll(NO_REPRODUCIBLES.keySet());
        return casos.stream()
                .filter(caso -> !NO_REPRODUCIBLES.containsKey(caso.toString()))
                .map(caso -> DynamicTest.dynamicTest(caso.toString(), () -> {
                    preparar(caso);
                    caso.verificar(caso.enviar(como(caso)));
                }));
    }

    /** A review needs the period's latest version ENVIADA; a 409 case comes after its 200 one, and finds it reviewed. */
    private static void preparar(Caso caso) {
        boolean revision = caso.operationId().equals("validarCaptura") || caso.operationId().equals("devolverCaptura");
        if (revision && caso.estado() != 409) {
            registrar(finQ4()).then().statusCode(201);
        }
    }

    /** The caller the case's answer needs: another role, a capturista of another unidad, or the one the operation allows. */
    private static RequestSpecification como(Caso caso) {
        return switch (caso.nombre()) {
            case "rol" -> Tokens.consulta();
            case "unidad" -> Tokens.capturista(Tokens.CAPTURISTA, "119");
            default -> switch (caso.operationId()) {
                case "registrarCaptura", "registrarLoteCapturas", "adjuntarEvidencia", "registrarDevengado" -> Tokens.capturista();
                case "validarCaptura", "devolverCaptura" -> Tokens.validador();
                case "definirCalendario" -> Tokens.admin();
                default -> Tokens.consulta();
            };
        };
    }

    private static Map<String, Object> finQ4() {
        return cuerpo(FIN, 2023, 4, Map.of("V1", 32822));
    }

    /** One of the seed's indicators of IPAM (UR 118) for 2023, under the id the examples give it. */
    private static Definicion semilla(UUID id, String frecuencia, String... variables) {
        var porClave = new LinkedHashMap<String, String>();
        for (String variable : variables) {
            porClave.put(variable, "ACUMULABLE");
        }
        return new Definicion(id, 1, "VIGENTE", 2023, frecuencia, null, porClave, Tokens.UR, "V1",
                "{\"tipo\": \"VARIABLE\", \"clave\": \"V1\"}");
    }
}
