package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.ESPERA;
import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.json;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static mx.pbrsed.capture.rest.Capturas.versiones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /capturas against the real replica: each test publishes its own definition to the
 * indicadores topic as the catalog would and waits for the consumer to store it.
 */
@QuarkusTest
class CapturaResourceTest {
    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final LocalDate CIERRE_Q4_2023 = LocalDate.of(2024, 1, 15);
    private static final Map<String, Object> NUEVE_NUEVE = Map.of("V1", 9, "V2", 9);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "mp.messaging.incoming.indicadores.dead-letter-queue.topic")
    String topicErrores;

    private Catalogo catalogo;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void abrirCatalogo() {
        catalogo = new Catalogo(bootstrap, topicIndicadores);
    }

    @AfterEach
    void cerrarCatalogo() {
        catalogo.close();
    }

    private Definicion publicada(Definicion definicion) {
        catalogo.publicar(definicion);
        esperarReplica(definicion);
        return definicion;
    }

    @Test
    void registraLaPrimeraVersionComoTardiaPorqueLaVentanaDelQ4De2023YaCerro() {
        var indicador = publicada(Definicion.anual2023());
        var cuerpo = cuerpo(indicador.id(), 2023, 4, NUEVE_NUEVE);
        cuerpo.put("preliminar", true);
        cuerpo.put("justificacionVariacion", "Cifra preliminar");

        Instant antes = Instant.now();
        LocalDate hoyAntes = LocalDate.now(CDMX);
        Response respuesta = registrar(cuerpo);
        LocalDate hoyDespues = LocalDate.now(CDMX);
        Instant despues = Instant.now();

        respuesta.then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", equalTo("/capturas/" + indicador.id() + "/2023/4"))
                .body("indicadorId", equalTo(indicador.id().toString()),
                        "ejercicio", equalTo(2023),
                        "trimestre", equalTo(4),
                        "version", equalTo(1),
                        "estado", equalTo("ENVIADA"),
                        "definicionVersion", equalTo(1),
                        "tardia", is(true),
                        "preliminar", is(true),
                        "analisisLogro", equalTo("Se realizaron los programas previstos."),
                        "justificacionVariacion", equalTo("Cifra preliminar"),
                        "capturadoPor", equalTo("capturista.ipam"),
                        "valoresPorMes.mes", contains(12));
        JsonNode captura = json(respuesta.asString());
        assertThat(UUID.fromString(captura.get("id").asText())).isNotNull();
        assertThat(captura.get("diasRetraso").asLong())
                .isBetween(ChronoUnit.DAYS.between(CIERRE_Q4_2023, hoyAntes), ChronoUnit.DAYS.between(CIERRE_Q4_2023, hoyDespues))
                .isGreaterThan(0);
        assertValores(captura.get("valoresPorMes").get(0), Map.of("V1", "9", "V2", "9"));
        assertThat(OffsetDateTime.parse(captura.get("capturadoEn").asText()).toInstant()).isBetween(antes, despues);

        versiones(indicador.id(), 2023, 4).then()
                .statusCode(200)
                .body("id", contains(captura.get("id").asText()), "version", contains(1), "tardia", contains(true));
    }

    @Test
    void unaCorreccionEsUnaVersionNuevaYLaHistoriaSeConserva() {
        var indicador = publicada(Definicion.anual2023());
        var preliminar = cuerpo(indicador.id(), 2023, 4, Map.of("V1", 8, "V2", 9));
        preliminar.put("preliminar", true);
        var definitiva = cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", new BigDecimal("9.50")));

        String primera = registrar(preliminar).then().statusCode(201).body("version", equalTo(1)).extract().path("id");
        // another capturista of the same unidad responsable corrects it: the history tells who did what
        String segunda = registrar(Tokens.capturista("enlace.ipam", Tokens.UR), definitiva).then()
                .statusCode(201)
                .header("Location", equalTo("/capturas/" + indicador.id() + "/2023/4"))
                .body("version", equalTo(2), "estado", equalTo("ENVIADA"), "tardia", is(true))
                .extract().path("id");

        assertThat(segunda).isNotEqualTo(primera);
        Response historia = versiones(indicador.id(), 2023, 4);
        historia.then()
                .statusCode(200)
                .body("id", contains(primera, segunda),
                        "version", contains(1, 2),
                        "preliminar", contains(true, false),
                        "capturadoPor", contains("capturista.ipam", "enlace.ipam"),
                        "estado", contains("ENVIADA", "ENVIADA"));
        JsonNode lista = json(historia.asString());
        assertValores(lista.get(0).get("valoresPorMes").get(0), Map.of("V1", "8", "V2", "9"));
        assertValores(lista.get(1).get("valoresPorMes").get(0), Map.of("V1", "9", "V2", "9.50"));
        assertThat(lista.get(1).get("valoresPorMes").get(0).get("valores").get("V2").decimalValue())
                .as("la escala del decimal se conserva").isEqualTo(new BigDecimal("9.50"));
    }

    @Test
    void rechazaUnaVariableFaltante() {
        var indicador = publicada(Definicion.anual2023());

        rechazada(registrar(cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9))), "valores")
                .body("detail", containsString("V2"));
        sinVersiones(indicador.id(), 2023, 4);
    }

    @Test
    void rechazaUnaVariableQueElIndicadorNoTiene() {
        var indicador = publicada(Definicion.anual2023());

        rechazada(registrar(cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9, "V3", 1))), "valores")
                .body("detail", containsString("V3"));
        sinVersiones(indicador.id(), 2023, 4);
    }

    @Test
    void rechazaElPrimerTrimestreDeUnIndicadorAnual() {
        var indicador = publicada(Definicion.anual2023());

        rechazada(registrar(cuerpo(indicador.id(), 2023, 1, NUEVE_NUEVE)), "trimestre")
                .body("detail", containsString("ANUAL"));
        sinVersiones(indicador.id(), 2023, 1);
    }

    @Test
    void rechazaUnEjercicioDistintoAlDelIndicador() {
        var indicador = publicada(Definicion.anual2023());

        rechazada(registrar(cuerpo(indicador.id(), 2024, 4, NUEVE_NUEVE)), "ejercicio")
                .body("detail", containsString("2023"));
        sinVersiones(indicador.id(), 2024, 4);
        sinVersiones(indicador.id(), 2023, 4);
    }

    @Test
    void laHistoriaDeUnPeriodoSeLeePorPaginasDesdeLasVersionesMasRecientes() {
        var indicador = publicada(Definicion.anual2023());
        for (int i = 0; i < 5; i++) {
            registrar(cuerpo(indicador.id(), 2023, 4, NUEVE_NUEVE)).then().statusCode(201);
        }
        String periodo = "/capturas/" + indicador.id() + "/2023/4";

        Response recientes = Tokens.consulta().get(periodo + "?limite=2");
        recientes.then().statusCode(200).body("version", contains(4, 5));
        assertThat(recientes.header("Link")).isEqualTo("<" + periodo + "?hasta=3&limite=2>; rel=\"next\"");
        Response anteriores = Tokens.consulta().get(periodo + "?hasta=3&limite=2");
        anteriores.then().statusCode(200).body("version", contains(2, 3));
        assertThat(anteriores.header("Link")).isEqualTo("<" + periodo + "?hasta=1&limite=2>; rel=\"next\"");
        Response primera = Tokens.consulta().get(periodo + "?hasta=1&limite=2");
        primera.then().statusCode(200).body("version", contains(1));
        assertThat(primera.header("Link")).isNull();
        Response todas = versiones(indicador.id(), 2023, 4);
        todas.then().body("version", contains(1, 2, 3, 4, 5));
        assertThat(todas.header("Link")).isNull();
    }

    @Test
    void unIndicadorQueLaReplicaNoTieneEsUnConflictoQueSeReintentaTrasRetryAfter() {
        UUID desconocido = UUID.randomUUID();

        registrar(cuerpo(desconocido, 2023, 4, NUEVE_NUEVE)).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("https://pbrsed.mx/problemas/indicador-no-replicado"),
                        "detail", containsString(desconocido.toString()),
                        "detail", containsString("reintente"),
                        "errores.campo", contains("indicadorId"));
        sinVersiones(desconocido, 2023, 4);
    }

    @Test
    void unaCapturaEnviadaAlPublicarseSuIndicadorSeAceptaReintentandoSoloMientrasNoEstaReplicado() {
        var definicion = Definicion.anual2023();
        catalogo.publicar(definicion);
        var cuerpo = cuerpo(definicion.id(), 2023, 4, NUEVE_NUEVE);

        // what a client does: retry on indicador-no-replicado after its Retry-After, take anything else as the answer
        Response respuesta = registrar(cuerpo);
        int intentos = 1;
        while (Capturas.noReplicado(respuesta) && intentos < 20) {
            assertThat(respuesta.header("Retry-After")).isEqualTo("1");
            esperar(Long.parseLong(respuesta.header("Retry-After")));
            respuesta = registrar(cuerpo);
            intentos++;
        }

        respuesta.then().statusCode(201).body("version", equalTo(1));
        versiones(definicion.id(), 2023, 4).then().body("size()", is(1));
    }

    private static void esperar(long segundos) {
        try {
            TimeUnit.SECONDS.sleep(segundos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rechazaValoresMensualesParaUnIndicadorNoMensual() {
        var indicador = publicada(Definicion.anual2023());
        var cuerpo = cuerpo(indicador.id(), 2023, 4, null);
        cuerpo.put("valoresMensuales", List.of(
                Map.of("mes", 10, "valores", NUEVE_NUEVE),
                Map.of("mes", 11, "valores", NUEVE_NUEVE),
                Map.of("mes", 12, "valores", NUEVE_NUEVE)));

        rechazada(registrar(cuerpo), "valores").body("detail", containsString("ANUAL"));
        sinVersiones(indicador.id(), 2023, 4);
    }

    @Test
    void rechazaUnIndicadorRetiradoPorElCatalogo() {
        var vigente = publicada(Definicion.anual2023());
        catalogo.publicar(vigente.version(2).estado("RETIRADO"));
        // rejected under both versions, so waiting for the retirement stores nothing
        var sonda = cuerpo(vigente.id(), 2024, 4, NUEVE_NUEVE);
        await().atMost(ESPERA).untilAsserted(() -> rechazada(registrar(sonda), "indicadorId"));

        rechazada(registrar(cuerpo(vigente.id(), 2023, 4, NUEVE_NUEVE)), "indicadorId")
                .body("detail", containsString("RETIRADO"));
        sinVersiones(vigente.id(), 2023, 4);
    }

    @Test
    void unTrimestreFueraDeRangoEsUnaSolicitudInvalida() {
        var indicador = publicada(Definicion.anual2023().frecuencia("TRIMESTRAL"));

        invalida(registrar(cuerpo(indicador.id(), 2023, 5, NUEVE_NUEVE)), "trimestre");
        invalida(registrar(cuerpo(indicador.id(), 2023, 0, NUEVE_NUEVE)), "trimestre");
        invalida(versiones(indicador.id(), 2023, 5), "trimestre");
    }

    @Test
    void elAutorEsElSujetoDelTokenYNoUnCampoDelCuerpo() {
        var indicador = publicada(Definicion.anual2023());
        var conAutor = cuerpo(indicador.id(), 2023, 4, NUEVE_NUEVE);
        conAutor.put("capturadoPor", "otra.persona");

        registrar(conAutor).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/json-invalido"), "errores.campo", contains("capturadoPor"));
        sinVersiones(indicador.id(), 2023, 4);
    }

    @Test
    void unCapturistaDeOtraUnidadResponsableOSinEllaNoCapturaYNoSeGuardaNada() {
        var indicador = publicada(Definicion.anual2023());
        var cuerpo = cuerpo(indicador.id(), 2023, 4, NUEVE_NUEVE);

        registrar(Tokens.capturista("capturista.sep", "119"), cuerpo).then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/prohibido"),
                        "status", equalTo(403),
                        "instance", equalTo("/capturas"),
                        "detail", containsString("unidad responsable 118"),
                        "errores.campo", contains("indicadorId"));
        registrar(Tokens.capturista("capturista.sin.ur", null), cuerpo).then()
                .statusCode(403).body("type", equalTo("https://pbrsed.mx/problemas/prohibido"), "detail", containsString("ur"));
        sinVersiones(indicador.id(), 2023, 4);
    }

    @Test
    void unValorNuloEsUnaSolicitudInvalidaQueNombraLaVariable() {
        var indicador = publicada(Definicion.anual2023());
        var conNulo = new HashMap<String, Object>(NUEVE_NUEVE);
        conNulo.put("V2", null);
        var mensualConNulo = cuerpo(indicador.id(), 2023, 4, null);
        mensualConNulo.put("valoresMensuales", List.of(Map.of("mes", 10, "valores", NUEVE_NUEVE),
                Map.of("mes", 11, "valores", conNulo), Map.of("mes", 12, "valores", NUEVE_NUEVE)));

        invalida(registrar(cuerpo(indicador.id(), 2023, 4, conNulo)), "valores[V2]");
        invalida(registrar(mensualConNulo), "valoresMensuales[1].valores[V2]");
        sinVersiones(indicador.id(), 2023, 4);
    }

    @Test
    void capturasSimultaneasDelMismoPeriodoRecibenVersionesConsecutivas() throws Exception {
        var indicador = publicada(Definicion.anual2023());
        int cuantas = 6;
        var pool = Executors.newFixedThreadPool(cuantas);
        try {
            var listos = new CountDownLatch(1);
            List<Future<Response>> respuestas = new ArrayList<>();
            for (int i = 0; i < cuantas; i++) {
                var cuerpo = cuerpo(indicador.id(), 2023, 4, Map.of("V1", i, "V2", 9));
                respuestas.add(pool.submit(() -> {
                    listos.await();
                    return registrar(cuerpo);
                }));
            }
            listos.countDown();
            List<Integer> versiones = new ArrayList<>();
            for (Future<Response> respuesta : respuestas) {
                versiones.add(respuesta.get(30, TimeUnit.SECONDS).then().statusCode(201).extract().path("version"));
            }
            assertThat(versiones).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        } finally {
            pool.shutdownNow();
        }
        versiones(indicador.id(), 2023, 4).then().statusCode(200).body("version", contains(1, 2, 3, 4, 5, 6));
    }

    @Test
    void unaDefinicionIlegibleVaALaColaDeErroresSinDetenerLaReplica() {
        UUID ilegible = UUID.randomUUID();
        var frecuenciaDesconocida = Definicion.anual2023().frecuencia("QUINCENAL");
        var valida = Definicion.anual2023();

        RecordMetadata primera = catalogo.publicarTexto(ilegible, "{\"indicadorId\": \"" + ilegible + "\", ");
        catalogo.publicarDespuesDe(primera, frecuenciaDesconocida);
        catalogo.publicarDespuesDe(primera, valida);
        esperarReplica(valida);

        registrar(cuerpo(valida.id(), 2023, 4, NUEVE_NUEVE)).then().statusCode(201);
        // the replica never gets it, and capture cannot tell that from a definition still on its way
        assertThat(Capturas.noReplicado(registrar(cuerpo(frecuenciaDesconocida.id(), 2023, 4, NUEVE_NUEVE)))).isTrue();
        assertThat(Eventos.conClave(bootstrap, topicErrores, ilegible.toString(), 1)).hasSize(1);
        assertThat(Eventos.conClave(bootstrap, topicErrores, frecuenciaDesconocida.id().toString(), 1))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("QUINCENAL"));
    }

    /**
     * Capture does not evaluate formulas, yet it reads every definition the catalog publishes: the
     * catalog accepts formulas nested up to 32 levels (and 1,000 characters), text and JSON tree.
     */
    @Test
    void unaFormulaDeLaProfundidadMaximaQueAceptaElCatalogoSeLeeYSeAplica() {
        int profundidad = 32;
        String negada = "{\"tipo\": \"VARIABLE\", \"clave\": \"V1\"}";
        String sumada = negada;
        for (int i = 0; i < profundidad; i++) {
            negada = "{\"tipo\": \"NEGACION\", \"operando\": " + negada + "}";
            sumada = "{\"tipo\": \"OPERACION\", \"operador\": \"+\", \"izquierda\": " + sumada
                    + ", \"derecha\": {\"tipo\": \"VARIABLE\", \"clave\": \"V2\"}}";
        }
        var negaciones = publicada(Definicion.anual2023()
                .formula("-(".repeat(profundidad) + "V1" + ")".repeat(profundidad), negada));
        var sumas = publicada(Definicion.anual2023()
                .formula("(".repeat(profundidad) + "V1" + "+V2)".repeat(profundidad), sumada));

        for (Definicion profunda : List.of(negaciones, sumas)) {
            assertThat(profunda.expresion()).hasSizeLessThanOrEqualTo(1000);
            registrar(cuerpo(profunda.id(), 2023, 4, NUEVE_NUEVE)).then().statusCode(201);
        }
    }

    @Test
    void laUbicacionEsUnaRutaDelServicioAunqueLaSolicitudTraigaOtroHost() {
        var indicador = publicada(Definicion.anual2023());
        String clave = UUID.randomUUID().toString();
        var cuerpo = cuerpo(indicador.id(), 2023, 4, NUEVE_NUEVE);

        // the first answer, then its replay with the same Idempotency-Key
        for (String host : List.of("atacante.example", "otro.example:8443")) {
            Tokens.capturista().header("Host", host).header("Idempotency-Key", clave).contentType(ContentType.JSON)
                    .body(cuerpo).post("/capturas").then()
                    .statusCode(201).header("Location", equalTo("/capturas/" + indicador.id() + "/2023/4"));
        }
        versiones(indicador.id(), 2023, 4).then().body("version", contains(1));
    }

    @Test
    void unIndicadorMensualSeCapturaConLosTresMesesDelTrimestre() {
        var indicador = publicada(Definicion.anual2023().frecuencia("MENSUAL"));
        var cuerpo = cuerpo(indicador.id(), 2023, 2, null);
        cuerpo.put("valoresMensuales", List.of(
                Map.of("mes", 6, "valores", Map.of("V1", 30, "V2", 12)),
                Map.of("mes", 4, "valores", Map.of("V1", 10, "V2", 10)),
                Map.of("mes", 5, "valores", Map.of("V1", new BigDecimal("20.25"), "V2", 11))));

        Response respuesta = registrar(cuerpo);

        respuesta.then()
                .statusCode(201)
                .body("version", equalTo(1), "trimestre", equalTo(2), "tardia", is(true), "valoresPorMes.mes", contains(4, 5, 6));
        JsonNode porMes = json(respuesta.asString()).get("valoresPorMes");
        assertValores(porMes.get(0), Map.of("V1", "10", "V2", "10"));
        assertValores(porMes.get(1), Map.of("V1", "20.25", "V2", "11"));
        assertValores(porMes.get(2), Map.of("V1", "30", "V2", "12"));
        versiones(indicador.id(), 2023, 2).then().statusCode(200).body("valoresPorMes[0].mes", contains(4, 5, 6));
    }

    @Test
    void unIndicadorMensualRechazaMesesIncompletosRepetidosODelTrimestre() {
        var indicador = publicada(Definicion.anual2023().frecuencia("MENSUAL"));
        var delTrimestre = cuerpo(indicador.id(), 2023, 2, NUEVE_NUEVE);
        var dosMeses = cuerpo(indicador.id(), 2023, 2, null);
        dosMeses.put("valoresMensuales", List.of(Map.of("mes", 4, "valores", NUEVE_NUEVE), Map.of("mes", 5, "valores", NUEVE_NUEVE)));
        var repetido = cuerpo(indicador.id(), 2023, 2, null);
        repetido.put("valoresMensuales", List.of(Map.of("mes", 4, "valores", NUEVE_NUEVE),
                Map.of("mes", 4, "valores", NUEVE_NUEVE), Map.of("mes", 5, "valores", NUEVE_NUEVE)));
        var cuatroMeses = cuerpo(indicador.id(), 2023, 2, null);
        cuatroMeses.put("valoresMensuales", List.of(Map.of("mes", 4, "valores", NUEVE_NUEVE),
                Map.of("mes", 4, "valores", NUEVE_NUEVE), Map.of("mes", 5, "valores", NUEVE_NUEVE),
                Map.of("mes", 6, "valores", NUEVE_NUEVE)));
        var mesIncompleto = cuerpo(indicador.id(), 2023, 2, null);
        mesIncompleto.put("valoresMensuales", List.of(Map.of("mes", 4, "valores", NUEVE_NUEVE),
                Map.of("mes", 5, "valores", Map.of("V1", 9)), Map.of("mes", 6, "valores", NUEVE_NUEVE)));
        var mesInexistente = cuerpo(indicador.id(), 2023, 2, null);
        mesInexistente.put("valoresMensuales", List.of(Map.of("mes", 13, "valores", NUEVE_NUEVE)));

        rechazada(registrar(delTrimestre), "valoresMensuales");
        rechazada(registrar(dosMeses), "valoresMensuales").body("detail", containsString("[4, 5, 6]"));
        rechazada(registrar(repetido), "valoresMensuales").body("detail", containsString("4"));
        rechazada(registrar(mesIncompleto), "valoresMensuales[5]").body("detail", containsString("V2"));
        invalida(registrar(mesInexistente), "valoresMensuales[0].mes");
        invalida(registrar(cuatroMeses), "valoresMensuales");
        sinVersiones(indicador.id(), 2023, 2);
    }

    @Test
    void rechazaUnTrimestreCuyaVentanaAunNoAbre() {
        var indicador = publicada(Definicion.anual2023().ejercicio(2099).frecuencia("TRIMESTRAL"));

        rechazada(registrar(cuerpo(indicador.id(), 2099, 1, NUEVE_NUEVE)), "trimestre")
                .body("detail", containsString("2099-04-01"));
        sinVersiones(indicador.id(), 2099, 1);
    }

    @Test
    void unaVersionMayorDeLaDefinicionActualizaLaReplicaYUnaAnteriorSeIgnora() {
        var v1 = publicada(Definicion.anual2023());
        var v2 = v1.version(2).conVariable("V3", "ACTUALIZABLE");
        var conV3 = cuerpo(v1.id(), 2023, 4, Map.of("V1", 9, "V2", 9, "V3", 100));
        var sinV3 = cuerpo(v1.id(), 2023, 4, NUEVE_NUEVE);

        RecordMetadata publicada = catalogo.publicar(v2);
        // under v1 this captura has a variable too many; it is accepted once v2 is in the replica
        Response aceptada = await().atMost(ESPERA).until(() -> registrar(conV3), r -> r.statusCode() != 422);

        aceptada.then().statusCode(201).body("version", equalTo(1), "definicionVersion", equalTo(2));
        rechazada(registrar(sinV3), "valores").body("detail", containsString("V3"));

        // an older version, and the same version again with other content, arrive late
        catalogo.publicarDespuesDe(publicada, v1);
        catalogo.publicarDespuesDe(publicada, v2.conVariable("V4", "ACUMULABLE"));
        var posterior = Definicion.anual2023();
        catalogo.publicarDespuesDe(publicada, posterior);
        esperarReplica(posterior);

        rechazada(registrar(sinV3), "valores").body("detail", containsString("V3"));
        registrar(conV3).then().statusCode(201).body("version", equalTo(2), "definicionVersion", equalTo(2));
        versiones(v1.id(), 2023, 4).then().body("version", contains(1, 2), "definicionVersion", contains(2, 2));
    }

    private static ValidatableResponse rechazada(Response respuesta, String campo) {
        return respuesta.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/captura-rechazada"),
                        "title", equalTo("Captura rechazada"),
                        "status", equalTo(422),
                        "instance", equalTo("/capturas"),
                        "detail", not(equalTo("")),
                        "errores", hasSize(1),
                        "errores[0].campo", equalTo(campo),
                        "errores[0].mensaje", equalTo(respuesta.path("detail")));
    }

    private static void invalida(Response respuesta, String campo) {
        respuesta.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/validacion"),
                        "status", equalTo(400),
                        "errores.campo", hasItem(campo));
    }

    private static void sinVersiones(UUID indicadorId, int ejercicio, int trimestre) {
        versiones(indicadorId, ejercicio, trimestre).then().statusCode(200).body("size()", is(0));
    }

    private static void assertValores(JsonNode mes, Map<String, String> esperados) {
        JsonNode valores = mes.get("valores");
        assertThat(valores.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(esperados.keySet());
        esperados.forEach((variable, valor) ->
                assertThat(valores.get(variable).decimalValue()).as(variable).isEqualByComparingTo(valor));
    }
}
