package mx.pbrsed.evaluation.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import mx.pbrsed.evaluation.domain.Version;
import mx.pbrsed.evaluation.events.DevengadoRegistradoEvent;
import mx.pbrsed.evaluation.events.ProgramaPublicadoEvent;
import mx.pbrsed.evaluation.mapping.ReplicaMapper;
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
        Version vigente = programa == null ? null : Version.de(programa.version);
        if (!Version.de(evento.version()).reemplaza(vigente)) {
            Log.debugf("Programa %s v%d ignorado: ya se tiene %s", evento.programaId(), evento.version(), vigente);
            return;
        }
        boolean nuevo = programa == null;
        if (nuevo) {
            programa = new ProgramaEntity();
            programa.id = evento.programaId();
        }
        ReplicaMapper.actualizar(programa, evento);
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
        Version vigente = devengado == null ? null : Version.de(devengado.version);
        if (!Version.de(evento.version()).reemplaza(vigente)) {
            Log.debugf("Devengado %s v%d ignorado: ya se tiene %s", id, evento.version(), vigente);
            return;
        }
        boolean nuevo = devengado == null;
        if (nuevo) {
            devengado = new DevengadoEntity();
            devengado.ejercicio = id.ejercicio();
            devengado.programaClave = id.programaClave();
            devengado.trimestre = id.trimestre();
        }
        ReplicaMapper.actualizar(devengado, evento);
        if (nuevo) {
            devengados.persist(devengado);
        }
    }
}
