package mx.pbrsed.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The replay set's records against the AsyncAPI, and the check itself against records that break it. */
class EventosReplayTest {
    private static Contrato asyncApi;
    private static EventosReplay eventos;
    private static Contrato.Mensaje indicadorPublicado;
    private static Contrato.Mensaje capturaRegistrada;

    @BeforeAll
    static void leerContrato() throws IOException {
        asyncApi = Contrato.leer(Raiz.ASYNCAPI);
        eventos = new EventosReplay(asyncApi, "bench-prueba-replay-");
        indicadorPublicado = asyncApi.mensaje("indicadores");
        capturaRegistrada = asyncApi.mensaje("capturas");
    }

    static Stream<Definicion> definiciones() {
        // the small scale's hundred, as the replay makes them (quarterly) and with every frequency of the mix
        return IntStream.range(0, 100).mapToObj(k -> Definicion.de(k, k % 2 == 0));
    }

    @ParameterizedTest
    @MethodSource("definiciones")
    void everyIndicatorAndCapturaRecordConformsToItsChannel(Definicion definicion) {
        UUID id = UUID.randomUUID();
        Random r = new Random(definicion.k());

        ProducerRecord<String, String> indicador = eventos.indicador(id, definicion, definicion.k() / 10);
        assertThat(indicador.topic()).isEqualTo("bench-prueba-replay-indicadores");
        assertThat(indicador.key()).isEqualTo(id.toString());
        assertThat(incumplimientos(indicadorPublicado, indicador)).isEmpty();
        for (int trimestre = 1; trimestre <= 4; trimestre++) {
            ProducerRecord<String, String> captura = eventos.captura(id, trimestre, definicion.tiposVariable().size(), r);
            assertThat(captura.topic()).isEqualTo("bench-prueba-replay-capturas");
            assertThat(incumplimientos(capturaRegistrada, captura)).isEmpty();
        }
    }

    @Test
    void theRecordsCarryTheCloudEventOfTheirEvent() throws IOException {
        UUID id = UUID.randomUUID();
        ProducerRecord<String, String> registro = eventos.captura(id, 3, 2, new Random(1));
        JsonNode valor = Json.MAPPER.readTree(registro.value());
        Map<String, String> cabeceras = cabeceras(registro);

        assertThat(cabeceras).containsEntry("ce_type", "mx.pbrsed.captura.registrada.v1")
                .containsEntry("ce_source", "/pbrsed/capture-service")
                .containsEntry("ce_id", valor.get("eventId").asText())
                .containsEntry("ce_subject", id.toString())
                .containsEntry("ce_time", valor.get("occurredAt").asText());
        assertThat(valor.get("valoresPorMes").get(0).get("mes").asInt()).isEqualTo(9);
        assertThat(valor.get("tardia").asBoolean()).isTrue();
    }

    @Test
    void theLastSemaforoRangeHasAnExplicitNullHastaAndTheTreeOmitsNulls() throws IOException {
        JsonNode valor = Json.MAPPER.readTree(eventos.indicador(UUID.randomUUID(), Definicion.de(0, true), 0).value());

        JsonNode ultimo = valor.get("parametrosSemaforo").get(valor.get("parametrosSemaforo").size() - 1);
        assertThat(ultimo.has("hasta")).isTrue();
        assertThat(ultimo.get("hasta").isNull()).isTrue();
        assertThat(valor.get("metodoCalculo").get("arbol").toString()).doesNotContain("null");
    }

    @Test
    void theCheckFindsAPayloadOffTheSchema() throws IOException {
        ProducerRecord<String, String> registro = eventos.captura(UUID.randomUUID(), 2, 1, new Random(2));
        ObjectNode valor = (ObjectNode) Json.MAPPER.readTree(registro.value());
        valor.put("trimestre", 5);
        valor.put("capturaId", "no-es-un-uuid");
        valor.remove("capturadoPor");

        assertThat(capturaRegistrada.incumplimientos(registro.key(), cabeceras(registro), valor))
                .hasSize(3)
                .anyMatch(e -> e.contains("trimestre"))
                .anyMatch(e -> e.contains("capturaId"))
                .anyMatch(e -> e.contains("capturadoPor"));
    }

    @Test
    void theCheckFindsHeadersThatDoNotNameTheEventOrItsRecord() throws IOException {
        ProducerRecord<String, String> registro = eventos.indicador(UUID.randomUUID(), Definicion.de(1, true), 0);
        JsonNode valor = Json.MAPPER.readTree(registro.value());
        Map<String, String> cabeceras = cabeceras(registro);
        cabeceras.remove("ce_specversion");
        cabeceras.put("ce_type", "mx.pbrsed.captura.registrada.v1");
        cabeceras.put("ce_id", UUID.randomUUID().toString());

        assertThat(indicadorPublicado.incumplimientos(UUID.randomUUID().toString(), cabeceras, valor))
                .anyMatch(e -> e.contains("ce_specversion"))
                .anyMatch(e -> e.contains("ce_type"))
                .anyMatch(e -> e.startsWith("ce_id"))
                .anyMatch(e -> e.startsWith("ce_subject"));
    }

    @Test
    void aChannelTheDocumentDoesNotHaveIsAnError() {
        assertThatThrownBy(() -> asyncApi.mensaje("no-existe")).hasMessageContaining("no-existe");
    }

    private static List<String> incumplimientos(Contrato.Mensaje mensaje, ProducerRecord<String, String> registro) {
        try {
            return mensaje.incumplimientos(registro.key(), cabeceras(registro), Json.MAPPER.readTree(registro.value()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> cabeceras(ProducerRecord<String, String> registro) {
        Map<String, String> cabeceras = new LinkedHashMap<>();
        for (Header h : registro.headers()) {
            cabeceras.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return cabeceras;
    }
}
