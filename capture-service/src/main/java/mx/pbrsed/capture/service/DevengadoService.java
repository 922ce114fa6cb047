package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.config.TopicsConfig;
import mx.pbrsed.capture.domain.CapturaRechazadaException;
import mx.pbrsed.capture.domain.Importe;
import mx.pbrsed.capture.domain.VersionDevengado;
import mx.pbrsed.capture.messaging.DevengadoRegistradoEvent;
import mx.pbrsed.capture.repository.DevengadoEntity;
import mx.pbrsed.capture.repository.DevengadoRepository;
import mx.pbrsed.capture.repository.ProgramaEntity;
import mx.pbrsed.capture.repository.ProgramaRepository;
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.platform.seguridad.Solicitante;

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

    /** A program's devengado up to a trimestre, as a capturista sends it. */
    public record NuevoDevengado(int ejercicio, String programaClave, int trimestre, BigDecimal devengadoAcumulado) {
    }

    /**
     * Records a new version of the program's devengado for the trimestre and publishes it. Only a
     * capturista of the program's unidad responsable may; while the replica does not know that
     * unidad (a program replicated before it was kept), nobody may: access is never granted on a guess.
     */
    public VersionDevengado registrar(NuevoDevengado nuevo, Solicitante solicitante) {
        AccesoPorUnidad.exigirUr(solicitante);
        ProgramaEntity programa = programas.bloquear(nuevo.ejercicio(), nuevo.programaClave())
                .orElseThrow(() -> new CapturaRechazadaException("programaClave", "El programa " + nuevo.programaClave()
                        + " no existe en el catálogo publicado del ejercicio " + nuevo.ejercicio()));
        if (programa.unidadResponsable == null) {
            throw UnidadAjenaException.de("programaClave", "La réplica aún no conoce la unidad responsable del programa "
                    + programa.clave + " " + programa.ejercicio + "; se conocerá cuando el catálogo lo vuelva a publicar");
        }
        if (!solicitante.actuaPara(programa.unidadResponsable)) {
            throw UnidadAjenaException.de("programaClave", "El programa " + programa.clave + " es de la unidad responsable "
                    + programa.unidadResponsable + "; el token captura para la " + solicitante.ur());
        }
        var devengado = new DevengadoEntity();
        devengado.id = UUID.randomUUID();
        devengado.ejercicio = nuevo.ejercicio();
        devengado.programaClave = nuevo.programaClave();
        devengado.trimestre = nuevo.trimestre();
        devengado.devengadoAcumulado = Importe.exigir("devengadoAcumulado", nuevo.devengadoAcumulado());
        devengado.version = devengados.versiones(nuevo.ejercicio(), nuevo.programaClave(), nuevo.trimestre()).size() + 1;
        devengado.capturadoPor = solicitante.sujeto();
        devengado.capturadoEn = OffsetDateTime.ofInstant(reloj.instant(), ZoneOffset.UTC);
        devengados.persist(devengado);
        VersionDevengado registrado = devengado.aDominio();
        publisher.publicar(topics.devengados(), DevengadoRegistradoEvent.clave(registrado), DevengadoRegistradoEvent.de(registrado));
        return registrado;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionDevengado> versiones(int ejercicio, String programaClave, int trimestre) {
        return devengados.versiones(ejercicio, programaClave, trimestre).stream().map(DevengadoEntity::aDominio).toList();
    }
}
