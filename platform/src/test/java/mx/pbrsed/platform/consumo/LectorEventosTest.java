package mx.pbrsed.platform.consumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import mx.pbrsed.platform.json.JsonEstricto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LectorEventosTest {
    record Evento(int schemaVersion, String indicadorId, BigDecimal valor, int revision) {
    }

    private final LectorEventos lector = new LectorEventos(estricto());

    @Test
    void unEventoDeLaVersionQueSeLeeSeLeeConSusDecimalesExactos() throws JsonProcessingException {
        Evento evento = lector.leer("""
                {"schemaVersion": 1, "indicadorId": "I-1", "valor": 32822.10, "revision": 2}""", Evento.class);
        assertThat(evento).isEqualTo(new Evento(1, "I-1", new BigDecimal("32822.10"), 2));
    }

    @Test
    void unNumeroOpcionalDelContratoPuedeFaltarYValeCero() throws JsonProcessingException {
        Evento evento = lector.leer("""
                {"schemaVersion": 1, "indicadorId": "I-1", "valor": 1}""", Evento.class);
        assertThat(evento.revision()).isZero();
    }

    @Test
    void elRestoDelJsonEstrictoSigueValiendo() {
        assertThatThrownBy(() -> lector.leer("""
                {"schemaVersion": 1, "indicadorId": "I-1", "indicadorId": "I-2"}""", Evento.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> lector.leer("""
                {"schemaVersion": 1, "indicadorId": "I-1", "revision": "2"}""", Evento.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest(name = "schemaVersion {0}")
    @CsvSource(delimiter = '|', value = {
            "2                 | {\"schemaVersion\": 2, \"indicadorId\": \"I-1\"}",
            "0                 | {\"schemaVersion\": 0, \"indicadorId\": \"I-1\"}",
            "\"1\"             | {\"schemaVersion\": \"1\", \"indicadorId\": \"I-1\"}",
            "1.0               | {\"schemaVersion\": 1.0, \"indicadorId\": \"I-1\"}",
            "null              | {\"schemaVersion\": null, \"indicadorId\": \"I-1\"}",
            "ausente           | {\"indicadorId\": \"I-1\"}",
            "ausente           | [1, 2]"})
    void otraVersionOUnaAusenteSeRechazaAntesDeLeerElEvento(String version, String payload) {
        assertThatThrownBy(() -> lector.leer(payload, Evento.class))
                .isInstanceOf(EsquemaNoSoportadoException.class)
                .hasMessage("schemaVersion " + version + " no soportada: se lee la 1");
    }

    @Test
    void loQueNoEsJsonSeRechazaComoJsonInvalido() {
        assertThatThrownBy(() -> lector.leer("esto no es JSON", Evento.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    /** The service's ObjectMapper, as the platform's strict JSON leaves it. */
    private static ObjectMapper estricto() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonEstricto().customize(mapper);
        return mapper;
    }
}
