package mx.pbrsed.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import mx.pbrsed.bench.Cuerpos.CapturaRegistradaEvent;
import mx.pbrsed.bench.Cuerpos.Evento;
import mx.pbrsed.bench.Cuerpos.ValoresMes;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The replay set's records, as the services' outbox relays write them: the event as the value, a
 * CloudEvent in binary mode in the headers, keyed by indicator. Each is checked against its
 * channel's message in the AsyncAPI before it is handed out, so the replay cannot drift from the
 * contract the services are held to.
 */
final class EventosReplay {
    static final String INDICADORES = "indicadores";
    static final String CAPTURAS = "capturas";
    private static final String ESQUEMAS = "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/";

    private final String prefijo;
    private final Contrato.Mensaje indicadorPublicado;
    private final Contrato.Mensaje capturaRegistrada;
    private long nanosValidando;

    EventosReplay(Contrato asyncApi, String prefijo) {
        this.prefijo = prefijo;
        this.indicadorPublicado = asyncApi.mensaje(INDICADORES);
        this.capturaRegistrada = asyncApi.mensaje(CAPTURAS);
    }

    /** Version 1 of the definition, published by the catalog. */
    ProducerRecord<String, String> indicador(UUID id, Definicion definicion, int programa) {
        return registro(INDICADORES, indicadorPublicado, "/pbrsed/catalog-service", "mx.pbrsed.indicador.publicado.v1", id,
                definicion.evento(id, programa));
    }

    /** Version 1 of the quarter's captura, sent late, with random values in the quarter's last month. */
    ProducerRecord<String, String> captura(UUID indicador, int trimestre, int variables, Random r) {
        var ahora = Definicion.ahora();
        var evento = new CapturaRegistradaEvent(1, UUID.randomUUID(), ahora, UUID.randomUUID(), indicador, 1, Sintetico.EJERCICIO,
                trimestre, 1, "ENVIADA", List.of(new ValoresMes(trimestre * 3, Sintetico.valores(variables, r))), false, true,
                Sintetico.JUSTIFICACION, "BENCH800101AB1", ahora, 0);
        return registro(CAPTURAS, capturaRegistrada, "/pbrsed/capture-service", "mx.pbrsed.captura.registrada.v1", indicador, evento);
    }

    /** Time spent checking records against the contract so far, which the replay's production time leaves out. */
    double segundosValidando() {
        return nanosValidando / 1e9;
    }

    private ProducerRecord<String, String> registro(String canal, Contrato.Mensaje mensaje, String fuente, String tipo, UUID clave,
                                                    Evento evento) {
        JsonNode valor = Json.arbol(evento);
        Map<String, String> cabeceras = new LinkedHashMap<>();
        cabeceras.put("ce_specversion", "1.0");
        cabeceras.put("ce_id", evento.eventId().toString());
        cabeceras.put("ce_source", fuente);
        cabeceras.put("ce_type", tipo);
        cabeceras.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(evento.occurredAt()));
        cabeceras.put("ce_subject", clave.toString());
        cabeceras.put("ce_dataschema", ESQUEMAS + evento.getClass().getSimpleName());
        cabeceras.put("content-type", Api.JSON);
        long inicio = System.nanoTime();
        List<String> errores = mensaje.incumplimientos(clave.toString(), cabeceras, valor);
        nanosValidando += System.nanoTime() - inicio;
        if (!errores.isEmpty()) {
            throw new IllegalStateException("El evento sintético no cumple " + mensaje.nombre() + " de la AsyncAPI: " + errores);
        }
        var registro = new ProducerRecord<>(prefijo + canal, clave.toString(), Json.escribir(valor));
        cabeceras.forEach((k, v) -> registro.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        return registro;
    }
}
