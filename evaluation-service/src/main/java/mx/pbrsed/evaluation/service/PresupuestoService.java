package mx.pbrsed.evaluation.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import mx.pbrsed.evaluation.messaging.DevengadoRegistradoEvent;
import mx.pbrsed.evaluation.messaging.ProgramaPublicadoEvent;
import mx.pbrsed.evaluation.repository.Cerrojos;
import mx.pbrsed.evaluation.repository.DevengadoEntity;
import mx.pbrsed.evaluation.repository.DevengadoId;
import mx.pbrsed.evaluation.repository.DevengadoRepository;
import mx.pbrsed.evaluation.repository.EventoProcesadoRepository;
import mx.pbrsed.evaluation.repository.ProgramaEntity;
import mx.pbrsed.evaluation.repository.ProgramaRepository;

/**
 * Keeps the replicas of the programs' budgets and devengados, each event once and the highest
 * version. Nothing is stored per result: the avance financiero is computed when read.
 */
@ApplicationScoped
@Transactional
public class PresupuestoService {
    private final Cerrojos cerrojos;
    private final ProgramaRepository programas;
    private final DevengadoRepository devengados;
    private final EventoProcesadoRepository procesados;

    public PresupuestoService(Cerrojos cerrojos, ProgramaRepository programas, DevengadoRepository devengados,
                              EventoProcesadoRepository procesados) {
        this.cerrojos = cerrojos;
        this.programas = programas;
        this.devengados = devengados;
        this.procesados = procesados;
    }

    public void programaRecibido(ProgramaPublicadoEvent evento) {
        cerrojos.bloquear(evento.programaId());
        if (!procesados.registrar(evento.eventId())) {
            return;
        }
        ProgramaEntity programa = programas.findByIdOptional(evento.programaId()).orElse(null);
        if (programa != null && programa.version >= evento.version()) {
            Log.debugf("Programa %s v%d ignorado: ya se tiene v%d", evento.programaId(), evento.version(), programa.version);
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
        programa.ramoClave = evento.ramo().clave();
        programa.ramoNombre = evento.ramo().nombre();
        programa.urClave = evento.unidadResponsable().clave();
        programa.urNombre = evento.unidadResponsable().nombre();
        programa.presupuestoAprobado = evento.presupuestoAprobado();
        programa.presupuestoModificado = evento.presupuestoModificado();
        programa.actualizadoEn = OffsetDateTime.now();
        if (nuevo) {
            programas.persist(programa);
        }
    }

    public void devengadoRecibido(DevengadoRegistradoEvent evento) {
        var id = new DevengadoId(evento.ejercicio(), evento.programaClave(), evento.trimestre());
        cerrojos.bloquear("devengado:" + id.ejercicio() + "-" + id.programaClave() + "-" + id.trimestre());
        if (!procesados.registrar(evento.eventId())) {
            return;
        }
        DevengadoEntity devengado = devengados.findByIdOptional(id).orElse(null);
        if (devengado != null && devengado.version >= evento.version()) {
            Log.debugf("Devengado %s v%d ignorado: ya se tiene v%d", id, evento.version(), devengado.version);
            return;
        }
        boolean nuevo = devengado == null;
        if (nuevo) {
            devengado = new DevengadoEntity();
            devengado.ejercicio = id.ejercicio();
            devengado.programaClave = id.programaClave();
            devengado.trimestre = id.trimestre();
        }
        devengado.version = evento.version();
        devengado.devengadoAcumulado = evento.devengadoAcumulado();
        devengado.capturadoPor = evento.capturadoPor();
        devengado.capturadoEn = evento.capturadoEn();
        if (nuevo) {
            devengados.persist(devengado);
        }
    }
}
