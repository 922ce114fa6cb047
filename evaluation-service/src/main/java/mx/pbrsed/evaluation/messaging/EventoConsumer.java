package mx.pbrsed.evaluation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import mx.pbrsed.evaluation.events.CapturaRegistradaEvent;
import mx.pbrsed.evaluation.events.DevengadoRegistradoEvent;
import mx.pbrsed.evaluation.events.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.events.ProgramaPublicadoEvent;
import mx.pbrsed.evaluation.mapping.DefinicionMapper;
import mx.pbrsed.evaluation.service.EvaluacionService;
import mx.pbrsed.evaluation.service.EvaluacionService.DefinicionRecibida;
import mx.pbrsed.evaluation.service.PresupuestoService;
import mx.pbrsed.evaluation.service.Recibido;
import mx.pbrsed.platform.consumo.ConteoEventos;
import mx.pbrsed.platform.consumo.EventosContados;
import mx.pbrsed.platform.consumo.LectorEventos;
import mx.pbrsed.platform.consumo.Reintentos;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The four topics feed the transactional services; a record that cannot be read (bad JSON, an
 * unknown schema version) is nacked, so it goes to the channel's dead-letter topic with the
 * reason and consumption goes on. A readable one whose database work fails transiently
 * (PostgreSQL restarting...) is applied again in place until it succeeds ({@link Reintentos}).
 *
 * <p>indicadores and capturas, the busy channels, arrive in batches (what one poll returned, in
 * partition order) and each batch applies in one transaction. Should that transaction fail for
 * another reason, its events are applied again one by one, so only the event that fails is
 * dead-lettered, as when each came alone.
 */
@ApplicationScoped
public class EventoConsumer {
    private final EvaluacionService evaluacion;
    private final PresupuestoService presupuesto;
    private final LectorEventos lector;
    private final Reintentos reintentos;
    private final ConteoEventos conteo;

    public EventoConsumer(EvaluacionService evaluacion, PresupuestoService presupuesto, LectorEventos lector,
                          Reintentos reintentos, ConteoEventos conteo) {
        this.evaluacion = evaluacion;
        this.presupuesto = presupuesto;
        this.lector = lector;
        this.reintentos = reintentos;
        this.conteo = conteo;
    }

    @Incoming("indicadores")
    @Blocking
    public CompletionStage<Void> indicadores(KafkaRecordBatch<String, String> lote) {
        return confirmar(lote, aplicarIndicadores(recibidos(lote)));
    }

    @Incoming("capturas")
    @Blocking
    public CompletionStage<Void> capturas(KafkaRecordBatch<String, String> lote) {
        return confirmar(lote, aplicarCapturas(recibidos(lote)));
    }

    @Incoming("programas")
    @Blocking
    @EventosContados
    public void programa(String payload) throws JsonProcessingException {
        var evento = lector.leer(payload, ProgramaPublicadoEvent.class);
        reintentos.aplicar("programas", () -> presupuesto.programaRecibido(evento));
    }

    @Incoming("devengados")
    @Blocking
    @EventosContados
    public void devengado(String payload) throws JsonProcessingException {
        var evento = lector.leer(payload, DevengadoRegistradoEvent.class);
        reintentos.aplicar("devengados", () -> presupuesto.devengadoRecibido(evento));
    }

    /**
     * Applies "indicadores" records in their order. A definition the engine cannot take (a formula
     * beyond the catalog's grammar bounds, a value it does not know) is rejected when read.
     *
     * @return per record, null if applied (or already applied before), else why it was rejected
     */
    public List<Exception> aplicarIndicadores(List<Recibido<String>> registros) {
        return aplicar("indicadores", registros,
                payload -> {
                    var evento = lector.leer(payload, IndicadorPublicadoEvent.class);
                    return new DefinicionRecibida(evento, DefinicionMapper.aDominio(evento), payload);
                },
                evaluacion::definicionesRecibidas);
    }

    /** Applies "capturas" records in their order, as {@link #aplicarIndicadores} does. */
    public List<Exception> aplicarCapturas(List<Recibido<String>> registros) {
        return aplicar("capturas", registros, payload -> lector.leer(payload, CapturaRegistradaEvent.class),
                evaluacion::capturasRecibidas);
    }

    private <E> List<Exception> aplicar(String canal, List<Recibido<String>> registros, Lectura<E> lectura,
                                        Consumer<List<Recibido<E>>> aplicarLote) {
        Exception[] rechazos = new Exception[registros.size()];
        List<Recibido<E>> eventos = new ArrayList<>(registros.size());
        List<Integer> posiciones = new ArrayList<>(registros.size());
        for (int i = 0; i < registros.size(); i++) {
            Recibido<String> registro = registros.get(i);
            try {
                eventos.add(new Recibido<>(lectura.leer(registro.evento()), registro.contexto()));
                posiciones.add(i);
            } catch (JsonProcessingException | RuntimeException e) {
                rechazos[i] = e;
            }
        }
        try {
            if (!eventos.isEmpty()) {
                reintentos.aplicar(canal, () -> aplicarLote.accept(eventos));
            }
        } catch (RuntimeException e) {
            if (eventos.size() == 1) {
                rechazos[posiciones.get(0)] = e;
            } else {
                Log.warnf("Batch of %d %s events not applied (%s): applying them one by one", eventos.size(), canal,
                        e.getMessage());
                for (int i = 0; i < eventos.size(); i++) {
                    List<Recibido<E>> solo = List.of(eventos.get(i));
                    try {
                        reintentos.aplicar(canal, () -> aplicarLote.accept(solo));
                    } catch (RuntimeException unoSolo) {
                        rechazos[posiciones.get(i)] = unoSolo;
                    }
                }
            }
        }
        conteo.aplicados(canal, Arrays.stream(rechazos).filter(Objects::isNull).count());
        Arrays.stream(rechazos).filter(Objects::nonNull).forEach(r -> conteo.rechazado(canal, r));
        return Arrays.asList(rechazos);
    }

    /** Each record's payload in the context of its consumer span, which continues the producer's trace. */
    private static List<Recibido<String>> recibidos(KafkaRecordBatch<String, String> lote) {
        return lote.getRecords().stream()
                .map(registro -> new Recibido<>(registro.getPayload(), registro.getMetadata(TracingMetadata.class)
                        .map(TracingMetadata::getCurrentContext).orElseGet(Context::current)))
                .toList();
    }

    /**
     * Dead-letters each rejected record, then acknowledges the batch: its position advances past
     * the last record only once every rejected one reached its dead-letter topic.
     */
    private static CompletionStage<Void> confirmar(KafkaRecordBatch<String, String> lote, List<Exception> rechazos) {
        List<KafkaRecord<String, String>> registros = lote.getRecords();
        List<CompletableFuture<Void>> muertos = new ArrayList<>();
        for (int i = 0; i < registros.size(); i++) {
            if (rechazos.get(i) != null) {
                muertos.add(registros.get(i).nack(rechazos.get(i)).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(muertos.toArray(CompletableFuture[]::new)).thenCompose(nada -> lote.ack());
    }

    @FunctionalInterface
    private interface Lectura<E> {
        E leer(String payload) throws JsonProcessingException;
    }
}
