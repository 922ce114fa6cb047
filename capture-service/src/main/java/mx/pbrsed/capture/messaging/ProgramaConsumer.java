package mx.pbrsed.capture.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import mx.pbrsed.capture.repository.ProgramaEntity;
import mx.pbrsed.capture.repository.ProgramaRepository;
import mx.pbrsed.platform.consumo.EventosContados;
import mx.pbrsed.platform.consumo.LectorEventos;
import mx.pbrsed.platform.consumo.Reintentos;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the replica of programs; an older or repeated version changes nothing. */
@ApplicationScoped
@EventosContados
public class ProgramaConsumer {
    private final ProgramaRepository programas;
    private final LectorEventos lector;
    private final Reintentos reintentos;

    public ProgramaConsumer(ProgramaRepository programas, LectorEventos lector, Reintentos reintentos) {
        this.programas = programas;
        this.lector = lector;
        this.reintentos = reintentos;
    }

    /**
     * Unreadable JSON, or an event of an unknown schema version, goes to the dead-letter topic; a
     * transient database failure is retried in place.
     */
    @Incoming("programas")
    @Blocking
    public void recibir(String payload) throws JsonProcessingException {
        var evento = lector.leer(payload, ProgramaPublicadoEvent.class);
        reintentos.aplicar("programas", () -> aplicar(evento));
    }

    private void aplicar(ProgramaPublicadoEvent evento) {
        // Locked: another instance may apply a version of the same key at once (a rebalance), and the
        // version check must see its commit, or an older version could overwrite a newer one.
        ProgramaEntity programa = programas.findByIdOptional(evento.programaId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (programa != null && programa.version >= evento.version()) {
            Log.debugf("Programa %s v%d ya conocido (v%d)", evento.programaId(), evento.version(), programa.version);
            return;
        }
        boolean nuevo = programa == null;
        if (nuevo) {
            programa = new ProgramaEntity();
            programa.id = evento.programaId();
        }
        programa.version = evento.version();
        programa.ejercicio = evento.ejercicio();
        programa.clave = evento.clave();
        programa.nombre = evento.nombre();
        programa.unidadResponsable = evento.unidadResponsable() == null ? null : evento.unidadResponsable().clave();
        programa.presupuestoAprobado = evento.presupuestoAprobado();
        programa.presupuestoModificado = evento.presupuestoModificado();
        programa.actualizadoEn = OffsetDateTime.now();
        if (nuevo) {
            // Hibernate snapshots the state at persist: persist once every column is set.
            programas.persist(programa);
        }
    }
}
