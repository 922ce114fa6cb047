package mx.pbrsed.capture.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import mx.pbrsed.capture.domain.Frecuencia;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.repository.IndicadorRepository;
import mx.pbrsed.platform.consumo.EventosContados;
import mx.pbrsed.platform.consumo.LectorEventos;
import mx.pbrsed.platform.consumo.Reintentos;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the replica of indicator definitions; an older or repeated version changes nothing. */
@ApplicationScoped
@EventosContados
public class IndicadorConsumer {
    private final IndicadorRepository indicadores;
    private final LectorEventos lector;
    private final Reintentos reintentos;

    public IndicadorConsumer(IndicadorRepository indicadores, LectorEventos lector, Reintentos reintentos) {
        this.indicadores = indicadores;
        this.lector = lector;
        this.reintentos = reintentos;
    }

    /**
     * Unreadable JSON, or an event of an unknown schema version, goes to the dead-letter topic; a
     * transient database failure is retried in place.
     */
    @Incoming("indicadores")
    @Blocking
    public void recibir(String payload) throws JsonProcessingException {
        var evento = lector.leer(payload, IndicadorPublicadoEvent.class);
        reintentos.aplicar("indicadores", () -> aplicar(evento));
    }

    private void aplicar(IndicadorPublicadoEvent evento) {
        // Locked: another instance may apply a version of the same key at once (a rebalance), and the
        // version check must see its commit, or an older version could overwrite a newer one.
        IndicadorEntity indicador = indicadores.findByIdOptional(evento.indicadorId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (indicador != null && indicador.version >= evento.version()) {
            Log.debugf("Indicador %s v%d ya conocido (v%d)", evento.indicadorId(), evento.version(), indicador.version);
            return;
        }
        boolean nuevo = indicador == null;
        if (nuevo) {
            indicador = new IndicadorEntity();
            indicador.id = evento.indicadorId();
        }
        indicador.version = evento.version();
        indicador.estado = evento.estado();
        indicador.ejercicio = evento.programa().ejercicio();
        indicador.programaClave = evento.programa().clave();
        indicador.unidadResponsable = evento.programa().unidadResponsable();
        indicador.nombre = evento.nombre();
        indicador.frecuencia = Frecuencia.valueOf(evento.frecuencia());
        indicador.anioLineaBase = evento.anioLineaBase();
        indicador.variables = evento.variables().stream().map(IndicadorPublicadoEvent.Variable::clave).toList();
        indicador.actualizadoEn = OffsetDateTime.now();
        if (nuevo) {
            // Hibernate snapshots the state at persist: persist once every column is set.
            indicadores.persist(indicador);
        }
    }
}
