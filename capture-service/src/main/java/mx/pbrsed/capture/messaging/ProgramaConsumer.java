package mx.pbrsed.capture.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import mx.pbrsed.capture.repository.ProgramaEntity;
import mx.pbrsed.capture.repository.ProgramaRepository;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the replica of programs; an older or repeated version changes nothing. */
@ApplicationScoped
public class ProgramaConsumer {
    private final ProgramaRepository programas;
    private final ObjectMapper json;

    public ProgramaConsumer(ProgramaRepository programas, ObjectMapper json) {
        this.programas = programas;
        this.json = json;
    }

    @Incoming("programas")
    @Transactional
    public void recibir(String payload) throws JsonProcessingException {
        var evento = json.readValue(payload, ProgramaPublicadoEvent.class);
        ProgramaEntity programa = programas.findByIdOptional(evento.programaId()).orElse(null);
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
        programa.presupuestoAprobado = evento.presupuestoAprobado();
        programa.presupuestoModificado = evento.presupuestoModificado();
        programa.actualizadoEn = OffsetDateTime.now();
        if (nuevo) {
            // Hibernate snapshots the state at persist: persist once every column is set.
            programas.persist(programa);
        }
    }
}
