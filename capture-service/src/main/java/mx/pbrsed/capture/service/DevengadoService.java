package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.config.TopicsConfig;
import mx.pbrsed.capture.domain.CapturaRechazadaException;
import mx.pbrsed.capture.domain.Importe;
import mx.pbrsed.capture.mapping.DevengadoMapper;
import mx.pbrsed.capture.messaging.EventoPublisher;
import mx.pbrsed.capture.repository.DevengadoEntity;
import mx.pbrsed.capture.repository.DevengadoRepository;
import mx.pbrsed.capture.repository.ProgramaRepository;
import mx.pbrsed.capture.rest.model.Devengado;
import mx.pbrsed.capture.rest.model.DevengadoRequest;

@ApplicationScoped
@Transactional
public class DevengadoService {
    private final ProgramaRepository programas;
    private final DevengadoRepository devengados;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final Clock reloj;

    public DevengadoService(ProgramaRepository programas, DevengadoRepository devengados, EventoPublisher publisher,
                            TopicsConfig topics, Clock reloj) {
        this.programas = programas;
        this.devengados = devengados;
        this.publisher = publisher;
        this.topics = topics;
        this.reloj = reloj;
    }

    /** Records a new version of the program's devengado for the trimestre and publishes it. */
    public Devengado registrar(DevengadoRequest request) {
        programas.bloquear(request.ejercicio(), request.programaClave())
                .orElseThrow(() -> new CapturaRechazadaException("programaClave", "El programa " + request.programaClave()
                        + " no existe en el catálogo publicado del ejercicio " + request.ejercicio()));
        var devengado = new DevengadoEntity();
        devengado.id = UUID.randomUUID();
        devengado.ejercicio = request.ejercicio();
        devengado.programaClave = request.programaClave();
        devengado.trimestre = request.trimestre();
        devengado.devengadoAcumulado = Importe.exigir("devengadoAcumulado", request.devengadoAcumulado());
        devengado.version = devengados.versiones(request.ejercicio(), request.programaClave(), request.trimestre()).size() + 1;
        devengado.capturadoPor = request.capturadoPor();
        devengado.capturadoEn = OffsetDateTime.ofInstant(reloj.instant(), ZoneOffset.UTC);
        devengados.persist(devengado);
        publisher.publicar(topics.devengados(), DevengadoMapper.clave(devengado), DevengadoMapper.aEvento(devengado));
        return DevengadoMapper.aModelo(devengado);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Devengado> versiones(int ejercicio, String programaClave, int trimestre) {
        return devengados.versiones(ejercicio, programaClave, trimestre).stream().map(DevengadoMapper::aModelo).toList();
    }
}
