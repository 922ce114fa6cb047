package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.json;
import static mx.pbrsed.capture.rest.Capturas.versiones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /capturas/lote in JSON and CSV: all or nothing, per-row problems, dryRun. */
@QuarkusTest
class LoteTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.capturas")
    String topicCapturas;

    private Definicion anual;
    private Definicion trimestral;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void publicar() {
        anual = Definicion.anual2023();
        trimestral = Definicion.anual2023().frecuencia("TRIMESTRAL").conVariable("V3", "ACUMULABLE");
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(anual);
            catalogo.publicar(trimestral);
        }
        esperarReplica(anual);
        esperarReplica(trimestral);
    }

    @Test
    void unLoteCuyoUnicoProblemaEsUnIndicadorQueLaReplicaAunNoTieneEsUn409ConRetryAfter() {
        UUID desconocido = UUID.randomUUID();
        var lote = List.of(cuerpo(anual.id(), 2023, 4, Map.of("V1", 9, "V2", 9)), cuerpo(desconocido, 2023, 4, Map.of("V1", 9)));

        lote(lote, false).then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("https://pbrsed.mx/problemas/indicador-no-replicado"),
                        "errores.campo", contains("filas[2].indicadorId"), "errores.posicion", contains(2),
                        "errores[0].mensaje", containsString(desconocido.toString()));
        versiones(anual.id(), 2023, 4).then().body("size()", equalTo(0));

        // with a problem of its own the lote is refused for good: the unknown indicator is one more of its problems
        var conOtroProblema = List.of(cuerpo(anual.id(), 2023, 4, Map.of("V1", 9)), cuerpo(desconocido, 2023, 4, Map.of("V1", 9)));
        lote(conOtroProblema, false).then().statusCode(422)
                .body("type", equalTo("https://pbrsed.mx/problemas/lote-rechazado"), "errores.posicion", contains(1, 2),
                        "errores[1].mensaje", containsString("aún no está en la réplica"));
        versiones(anual.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @Test
    void unLoteJsonValidoSeGuardaYSePublicaEntero() {
        var lote = List.of(
                cuerpo(anual.id(), 2023, 4, Map.of("V1", 9, "V2", 9)),
                cuerpo(trimestral.id(), 2023, 1, Map.of("V1", 1, "V2", 2, "V3", 3)),
                cuerpo(trimestral.id(), 2023, 1, Map.of("V1", 1, "V2", 2, "V3", new BigDecimal("3.5"))));

        lote(lote, true).then().statusCode(200)
                .body("dryRun", is(true), "capturas", equalTo(3), "valores", equalTo(8),
                        "filas.fila", contains(1, 2, 3), "filas.version", contains(1, 1, 2), "filas[0].id", nullValue());
        versiones(trimestral.id(), 2023, 1).then().body("size()", equalTo(0));

        lote(lote, false).then().statusCode(201)
                .body("dryRun", is(false), "capturas", equalTo(3), "filas.version", contains(1, 1, 2),
                        "filas.tardia", contains(true, true, true));
        versiones(anual.id(), 2023, 4).then().body("version", contains(1));
        versiones(trimestral.id(), 2023, 1).then().body("version", contains(1, 2),
                "valoresPorMes[1][0].valores.V3", equalTo(3.5f));
        assertThat(Eventos.conClave(bootstrap, topicCapturas, trimestral.id().toString(), 2))
                .extracting(r -> json(r.value()).get("version").asInt()).containsExactly(1, 2);
        assertThat(Eventos.conClave(bootstrap, topicCapturas, anual.id().toString(), 1)).hasSize(1);
    }

    @Test
    void unaFilaInvalidaRechazaElLoteEnteroConLosProblemasDeCadaFila() {
        var sinTrimestre = cuerpo(trimestral.id(), 2023, 2, Map.of("V1", 1, "V2", 2, "V3", 3));
        sinTrimestre.remove("trimestre");
        var lote = List.of(
                cuerpo(anual.id(), 2023, 4, Map.of("V1", 9, "V2", 9)),
                cuerpo(trimestral.id(), 2023, 1, Map.of("V1", 1, "V2", 2)),
                cuerpo(trimestral.id(), 2023, 3, Map.of("V1", -1, "V2", 2, "V3", 3)),
                sinTrimestre,
                cuerpo(UUID.randomUUID(), 2023, 4, Map.of("V1", 9)));

        for (boolean dryRun : new boolean[] {true, false}) {
            lote(lote, dryRun).then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://pbrsed.mx/problemas/lote-rechazado"),
                            "errores.campo", contains("filas[2].valores", "filas[3].valores[V1]", "filas[4].trimestre",
                                    "filas[5].indicadorId"),
                            "errores.posicion", contains(2, 3, 4, 5));
        }
        versiones(anual.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @Test
    void unaFilaDeOtraUnidadResponsableRechazaElLoteEnteroConProhibido() {
        var ajeno = Definicion.anual2023().unidadResponsable("119");
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(ajeno);
        }
        esperarReplica(ajeno);
        var lote = List.of(
                cuerpo(anual.id(), 2023, 4, Map.of("V1", 9, "V2", 9)),
                cuerpo(ajeno.id(), 2023, 4, Map.of("V1", 9, "V2", 9)),
                // an invalid row too: authorization comes first
                cuerpo(anual.id(), 2023, 4, Map.of("V1", -1, "V2", 9)),
                cuerpo(ajeno.id(), 2023, 4, Map.of("V1", 1, "V2", 9)));
        String csv = "indicadorId,ejercicio,trimestre,V1,V2\n%s,2023,4,9,9\n%s,2023,4,9,9\n".formatted(anual.id(), ajeno.id());

        for (boolean dryRun : new boolean[] {true, false}) {
            prohibido(lote(lote, dryRun)).body("errores.posicion", contains(2, 4),
                    "errores.campo", contains("filas[2].indicadorId", "filas[4].indicadorId"));
            prohibido(csv(csv, dryRun)).body("errores.posicion", contains(2), "errores.campo", contains("filas[2].indicadorId"));
        }
        versiones(anual.id(), 2023, 4).then().body("size()", equalTo(0));
        versiones(ajeno.id(), 2023, 4).then().body("size()", equalTo(0));
        lote(List.of(cuerpo(anual.id(), 2023, 4, Map.of("V1", 9, "V2", 9))), false, Tokens.capturista("capturista.sin.ur", null))
                .then().statusCode(403).body("type", equalTo("https://pbrsed.mx/problemas/prohibido"));
    }

    @Test
    void unLoteCsvSeLeeConSusColumnasPorVariable() {
        String csv = """
                indicadorId,ejercicio,trimestre,V1,V2,V3,analisisLogro,preliminar
                %s,2023,4,9,9,,"Se realizaron, como se previó, los programas",false
                %s,2023,1,10.25,20,30,,true
                """.formatted(anual.id(), trimestral.id());

        csv(csv, false).then().statusCode(201).body("capturas", equalTo(2), "valores", equalTo(5));

        versiones(anual.id(), 2023, 4).then().body("analisisLogro", contains("Se realizaron, como se previó, los programas"),
                "capturadoPor", contains(Tokens.CAPTURISTA), "preliminar", contains(false));
        Response trimestre = versiones(trimestral.id(), 2023, 1);
        trimestre.then().body("capturadoPor", contains(Tokens.CAPTURISTA), "preliminar", contains(true));
        assertThat(json(trimestre.asString()).get(0).get("valoresPorMes").get(0).get("valores").get("V1").decimalValue())
                .isEqualTo(new BigDecimal("10.25"));
    }

    @Test
    void unCsvConFilasMalasSeRechazaNombrandoFilaYColumna() {
        String csv = """
                indicadorId,ejercicio,trimestre,V1,V2,V3
                %s,2023,4,9,nueve,
                %s,2023,1,1,2
                no-es-uuid,2023,1,1,2,3
                %s,2023,2,1,NaN,1e999
                """.formatted(anual.id(), trimestral.id(), trimestral.id());

        csv(csv, false).then().statusCode(422)
                .body("errores.campo", contains("filas[1].valores[V2]", "filas[2]", "filas[3].indicadorId",
                        "filas[4].valores[V2]"), "errores.posicion", contains(1, 2, 3, 4));
        csv("indicadorId,ejercicio,trimestre,V1,color\n", false).then().statusCode(422)
                .body("errores.campo", contains("encabezado"));
        // the author is the token's subject: a column for it is unknown
        csv("indicadorId,ejercicio,trimestre,V1,capturadoPor\n", false).then().statusCode(422)
                .body("errores.campo", contains("encabezado"), "errores[0].mensaje", containsString("capturadoPor"));
        csv("indicadorId,ejercicio,trimestre,V1,V2\n" + anual.id() + ",2023,4,\"9,9\n", false).then().statusCode(400)
                .body("type", equalTo("https://pbrsed.mx/problemas/csv-invalido"), "errores[0].campo", equalTo("filas[1]"),
                        "errores[0].posicion", equalTo(1), "errores[0].mensaje", containsString("comilla"));
        versiones(anual.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @Test
    void unReintentoDelLoteConLaMismaClaveNoGuardaNadaNuevo() {
        String csv = "indicadorId,ejercicio,trimestre,V1,V2\n" + anual.id() + ",2023,4,9,9\n";
        String clave = UUID.randomUUID().toString();

        Response primera = csv(csv, false, clave);
        Response reintento = csv(csv, false, clave);

        primera.then().statusCode(201);
        reintento.then().statusCode(201);
        assertThat(reintento.asString()).isEqualTo(primera.asString());
        csv(csv.replace(",9\n", ",8\n"), false, clave).then().statusCode(422)
                .body("errores.campo", contains("Idempotency-Key"));
        versiones(anual.id(), 2023, 4).then().body("version", contains(1));
    }

    private static ValidatableResponse prohibido(Response respuesta) {
        return respuesta.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/prohibido"),
                        "instance", equalTo("/capturas/lote"),
                        "detail", containsString("Filas de otra unidad responsable: 2"),
                        "errores[0].mensaje", containsString("unidad responsable 119"));
    }

    private static Response lote(List<Map<String, Object>> lote, boolean dryRun) {
        return lote(lote, dryRun, Tokens.capturista());
    }

    private static Response lote(List<Map<String, Object>> lote, boolean dryRun, RequestSpecification como) {
        return como.contentType(ContentType.JSON).queryParam("dryRun", dryRun).body(lote).when().post("/capturas/lote");
    }

    private static Response csv(String csv, boolean dryRun) {
        return Tokens.capturista().contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun)
                .body(csv).when().post("/capturas/lote");
    }

    private static Response csv(String csv, boolean dryRun, String clave) {
        return Tokens.capturista().contentType("text/csv; charset=UTF-8").header("Idempotency-Key", clave)
                .queryParam("dryRun", dryRun).body(csv).when().post("/capturas/lote");
    }
}
