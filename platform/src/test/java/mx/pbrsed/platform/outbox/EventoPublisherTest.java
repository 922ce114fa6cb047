package mx.pbrsed.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The size check at write time: the limit counts the JSON's UTF-8 bytes, the limit itself included. */
class EventoPublisherTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final EventoPublisher PUBLISHER = new EventoPublisher(null, JSON, null,
            new MemorySizeConverter().convert("1K"));

    record TextoPublicado(int schemaVersion, UUID eventId, OffsetDateTime occurredAt, String texto) implements EventoDeDominio {
        @Override
        public String nombreTipo() {
            return "mx.pbrsed.texto.publicado";
        }
    }

    @Test
    void unEventoHastaElLimiteSePreparaConSusAtributos() throws Exception {
        var evento = evento(1024);
        var registro = PUBLISHER.preparar("textos", "clave", evento);
        assertThat(registro.payload().getBytes(StandardCharsets.UTF_8)).hasSize(1024);
        assertThat(JSON.readValue(registro.payload(), TextoPublicado.class)).isEqualTo(evento);
        assertThat(registro.ceId()).isEqualTo(evento.eventId());
        assertThat(registro.ceType()).isEqualTo("mx.pbrsed.texto.publicado.v1");
        assertThat(registro.ceDataschema()).endsWith("#/components/schemas/TextoPublicado");
    }

    @Test
    void unEventoQuePasaDelLimiteSeRehusaAntesDeEncolarse() {
        assertThatThrownBy(() -> PUBLISHER.preparar("textos", "clave", evento(1025)))
                .isInstanceOfSatisfying(EventoDemasiadoGrandeException.class, e -> {
                    assertThat(e.tamano()).isEqualTo(1025);
                    assertThat(e.maximo()).isEqualTo(1024);
                });
    }

    @Test
    void elLimiteCuentaBytesNoCaracteres() {
        // "ñ" is two bytes in UTF-8: 600 of them pass 1 KiB though they are 600 characters
        var evento = new TextoPublicado(1, UUID.randomUUID(), OffsetDateTime.parse("2024-01-20T18:30:15Z"), "ñ".repeat(600));
        assertThatThrownBy(() -> PUBLISHER.preparar("textos", "clave", evento))
                .isInstanceOf(EventoDemasiadoGrandeException.class);
    }

    /** An event whose JSON is exactly this many bytes. */
    private static TextoPublicado evento(int bytes) throws Exception {
        var vacio = new TextoPublicado(1, UUID.randomUUID(), OffsetDateTime.parse("2024-01-20T18:30:15Z"), "");
        int base = JSON.writeValueAsBytes(vacio).length;
        return new TextoPublicado(1, vacio.eventId(), vacio.occurredAt(), "x".repeat(bytes - base));
    }
}
