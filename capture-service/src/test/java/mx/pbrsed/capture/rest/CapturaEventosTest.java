package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.json;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What downstream services read: each accepted captura version on the capturas topic and each
 * late one on capturas-tardias, keyed by indicadorId, relayed from the outbox by the running
 * service to the real broker.
 */
@QuarkusTest
class CapturaEventosTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.capturas")
    String topicCapturas;
    @ConfigProperty(name = "pbr.topics.capturas-tardias")
    String topicTardias;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void cadaVersionAceptadaSePublicaYLasTardiasSeAnuncianComoCorreccionDesdeLaSegunda() {
        // the catalog has amended this definition twice: capturas record which version they followed
        var indicador = Definicion.anual2023().version(3);
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        esperarReplica(indicador);
        String clave = indicador.id().toString();

        registrar(cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9))).then().statusCode(422);
        var preliminar = cuerpo(indicador.id(), 2023, 4, Map.of("V1", 32822, "V2", 9));
        preliminar.put("preliminar", true);
        preliminar.put("justificacionVariacion", "Cifra preliminar; se actualizará con la definitiva");
        JsonNode primera = json(registrar(preliminar).then().statusCode(201).extract().asString());
        var definitiva = cuerpo(indicador.id(), 2023, 4, Map.of("V1", new BigDecimal("32822.50"), "V2", 10));
        JsonNode segunda = json(registrar(Tokens.capturista("enlace.ipam", Tokens.UR), definitiva).then()
                .statusCode(201).extract().asString());

        List<ConsumerRecord<String, String>> capturas = Eventos.conClave(bootstrap, topicCapturas, clave, 2);
        assertThat(capturas).as("la captura rechazada no publica nada").hasSize(2);
        JsonNode registrada1 = json(capturas.get(0).value());
        JsonNode registrada2 = json(capturas.get(1).value());
        assertThat(registrada1.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "schemaVersion", "eventId", "occurredAt", "capturaId", "indicadorId", "definicionVersion",
                "ejercicio", "trimestre", "version", "estado", "valoresPorMes", "preliminar", "tardia",
                "justificacionVariacion", "capturadoPor", "capturadoEn", "revision", "analisisLogro", "comentario");
        assertRegistrada(registrada1, primera, indicador, 1);
        assertThat(registrada1.get("preliminar").asBoolean()).isTrue();
        assertThat(registrada1.get("justificacionVariacion").asText()).isEqualTo("Cifra preliminar; se actualizará con la definitiva");
        assertThat(registrada1.get("capturadoPor").asText()).isEqualTo("capturista.ipam");
        assertValoresPorMes(registrada1, Map.of("V1", "32822", "V2", "9"));
        assertRegistrada(registrada2, segunda, indicador, 2);
        assertThat(registrada2.get("preliminar").asBoolean()).isFalse();
        assertThat(registrada2.get("justificacionVariacion").isNull()).isTrue();
        assertThat(registrada2.get("capturadoPor").asText()).isEqualTo("enlace.ipam");
        assertValoresPorMes(registrada2, Map.of("V1", "32822.50", "V2", "10"));
        assertThat(registrada2.get("eventId").asText()).isNotEqualTo(registrada1.get("eventId").asText());
        // the texts evaluation's printed report shows: análisis del logro as sent, no comentario before a review
        assertThat(registrada1.get("analisisLogro").asText()).isEqualTo("Se realizaron los programas previstos.");
        assertThat(registrada1.get("comentario").isNull()).isTrue();

        List<ConsumerRecord<String, String>> tardias = Eventos.conClave(bootstrap, topicTardias, clave, 2);
        assertThat(tardias).hasSize(2);
        JsonNode tardia1 = json(tardias.get(0).value());
        JsonNode tardia2 = json(tardias.get(1).value());
        assertThat(tardia1.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "schemaVersion", "eventId", "occurredAt", "capturaId", "indicadorId", "indicadorNombre",
                "programaClave", "unidadResponsable", "ejercicio", "trimestre", "version", "correccion",
                "ventanaCierra", "diasRetraso", "capturadoPor", "capturadoEn");
        assertTardia(tardia1, primera, 1, false);
        assertTardia(tardia2, segunda, 2, true);
    }

    private static void assertRegistrada(JsonNode evento, JsonNode captura, Definicion indicador, int version) {
        assertThat(evento.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(UUID.fromString(evento.get("eventId").asText())).isNotNull();
        assertThat(OffsetDateTime.parse(evento.get("occurredAt").asText())).isNotNull();
        assertThat(evento.get("capturaId").asText()).isEqualTo(captura.get("id").asText());
        assertThat(evento.get("indicadorId").asText()).isEqualTo(indicador.id().toString());
        assertThat(evento.get("definicionVersion").asInt()).isEqualTo(3);
        assertThat(evento.get("ejercicio").asInt()).isEqualTo(2023);
        assertThat(evento.get("trimestre").asInt()).isEqualTo(4);
        assertThat(evento.get("version").asInt()).isEqualTo(version);
        assertThat(evento.get("estado").asText()).isEqualTo("ENVIADA");
        assertThat(evento.get("tardia").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(evento.get("capturadoEn").asText()))
                .isEqualTo(OffsetDateTime.parse(captura.get("capturadoEn").asText()));
    }

    private static void assertValoresPorMes(JsonNode evento, Map<String, String> esperados) {
        JsonNode porMes = evento.get("valoresPorMes");
        assertThat(porMes).hasSize(1);
        assertThat(porMes.get(0).get("mes").asInt()).isEqualTo(12);
        JsonNode valores = porMes.get(0).get("valores");
        assertThat(valores.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(esperados.keySet());
        esperados.forEach((variable, valor) ->
                assertThat(valores.get(variable).decimalValue()).as(variable).isEqualTo(new BigDecimal(valor)));
    }

    private static void assertTardia(JsonNode evento, JsonNode captura, int version, boolean correccion) {
        assertThat(evento.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(evento.get("capturaId").asText()).isEqualTo(captura.get("id").asText());
        assertThat(evento.get("indicadorId").asText()).isEqualTo(captura.get("indicadorId").asText());
        assertThat(evento.get("indicadorNombre").asText()).isEqualTo("Porcentaje de programas a favor de migrantes");
        assertThat(evento.get("programaClave").asText()).isEqualTo("E011");
        assertThat(evento.get("unidadResponsable").asText()).isEqualTo("118");
        assertThat(evento.get("ejercicio").asInt()).isEqualTo(2023);
        assertThat(evento.get("trimestre").asInt()).isEqualTo(4);
        assertThat(evento.get("version").asInt()).isEqualTo(version);
        assertThat(evento.get("correccion").asBoolean()).isEqualTo(correccion);
        assertThat(evento.get("ventanaCierra").asText()).isEqualTo("2024-01-15");
        assertThat(evento.get("diasRetraso").asInt()).isEqualTo(captura.get("diasRetraso").asInt()).isPositive();
        assertThat(evento.get("capturadoPor").asText()).isEqualTo(captura.get("capturadoPor").asText());
    }
}
