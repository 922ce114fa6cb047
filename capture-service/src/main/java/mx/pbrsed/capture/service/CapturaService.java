package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.capture.config.CapturaConfig;
import mx.pbrsed.capture.config.TopicsConfig;
import mx.pbrsed.capture.domain.CalendarioCaptura;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.domain.Indicador;
import mx.pbrsed.capture.domain.NuevaCaptura;
import mx.pbrsed.capture.domain.VentanaCaptura;
import mx.pbrsed.capture.domain.VersionCaptura;
import mx.pbrsed.capture.messaging.CapturaRegistradaEvent;
import mx.pbrsed.capture.messaging.CapturaTardiaEvent;
import mx.pbrsed.capture.repository.CapturaEntity;
import mx.pbrsed.capture.repository.CapturaRepository;
import mx.pbrsed.capture.repository.EvidenciaRepository;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.repository.IndicadorRepository;
import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.platform.seguridad.Solicitante;

@ApplicationScoped
@Transactional
public class CapturaService {
    /** Versions inserted, and their events queued, per round trip: the JDBC batch size (application.properties). */
    private static final int GRUPO = 500;

    private final IndicadorRepository indicadores;
    private final CapturaRepository capturas;
    private final EvidenciaRepository evidencias;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final CapturaConfig config;
    private final CalendarioService calendarios;
    private final Clock reloj;
    private final Event<CapturasAceptadas> aceptadas;

    public CapturaService(IndicadorRepository indicadores, CapturaRepository capturas, EvidenciaRepository evidencias,
                          EventoPublisher publisher,
                          TopicsConfig topics, CapturaConfig config, CalendarioService calendarios, Clock reloj,
                          Event<CapturasAceptadas> aceptadas) {
        this.indicadores = indicadores;
        this.capturas = capturas;
        this.evidencias = evidencias;
        this.publisher = publisher;
        this.topics = topics;
        this.config = config;
        this.calendarios = calendarios;
        this.reloj = reloj;
        this.aceptadas = aceptadas;
    }

    /**
     * Records a new version of the indicator-period's captura. The indicator row is locked so
     * concurrent capturas of one indicator get consecutive versions instead of a conflict.
     */
    public VersionCaptura registrar(NuevaCaptura captura, Solicitante solicitante) {
        Indicador indicador = indicadores.findByIdOptional(captura.indicadorId(), LockModeType.PESSIMISTIC_WRITE)
                .map(IndicadorEntity::aDominio).orElse(null);
        AccesoPorUnidad.exigirUnidadDe(solicitante, indicador);
        int versionAnterior = capturas.ultimoNumeroDeVersion(
                new CapturaRepository.Periodo(captura.indicadorId(), captura.ejercicio(), captura.trimestre()));
        Preparada preparada = preparar(captura, solicitante, indicador, calendarios.calendario(captura.ejercicio()),
                versionAnterior, reloj.instant());
        guardar(List.of(preparada));
        return preparada.captura();
    }

    /** A checked captura version, not yet stored, with what its events need. */
    record Preparada(VersionCaptura captura, Indicador indicador, VentanaCaptura ventana) {
    }

    /** The version {@link VersionCaptura#nueva} makes of it, in this service's zone; stores nothing. */
    Preparada preparar(NuevaCaptura captura, Solicitante autor, Indicador indicador, CalendarioCaptura calendario,
                       int versionAnterior, Instant ahora) {
        var version = VersionCaptura.nueva(captura, indicador, calendario, versionAnterior, autor.sujeto(), ahora, config.zona());
        return new Preparada(version, indicador, calendario.ventana(captura.trimestre()));
    }

    /**
     * Stores the versions and queues their events (late ones also on capturas-tardias) in the caller's
     * transaction, a group at a time, so the events' JSON of a large lote is never all in memory at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void guardar(List<Preparada> preparadas) {
        List<CapturasAceptadas.Periodo> periodos = new ArrayList<>(preparadas.size());
        Map<CapturaRepository.Periodo, String> ultimosHashes = new HashMap<>(capturas.hashes(anteriores(preparadas)));
        for (int desde = 0; desde < preparadas.size(); desde += GRUPO) {
            List<Preparada> grupo = preparadas.subList(desde, Math.min(preparadas.size(), desde + GRUPO));
            List<EventoPublisher.Saliente> eventos = new ArrayList<>(grupo.size() * 2);
            capturas.insertar(grupo.stream().map(p -> sellada(p.captura(), ultimosHashes)).toList());
            for (Preparada p : grupo) {
                VersionCaptura c = p.captura();
                periodos.add(new CapturasAceptadas.Periodo(p.indicador().unidadResponsable(), c.ejercicio(), c.trimestre(),
                        c.tardia()));
                String clave = c.indicadorId().toString();
                eventos.add(new EventoPublisher.Saliente(topics.capturas(), clave, CapturaRegistradaEvent.de(c)));
                if (c.tardia()) {
                    eventos.add(new EventoPublisher.Saliente(topics.capturasTardias(), clave,
                            CapturaTardiaEvent.de(c, p.indicador(), p.ventana())));
                }
            }
            publisher.publicarTodos(eventos);
        }
        aceptadas.fire(new CapturasAceptadas(periodos));
    }

    /**
     * The stored version each period's first new one follows. A lote may carry several versions of one
     * period, in order; each after the first follows the one before it in the lote.
     */
    private static Map<CapturaRepository.Periodo, Integer> anteriores(List<Preparada> preparadas) {
        Map<CapturaRepository.Periodo, Integer> anteriores = new HashMap<>();
        for (Preparada p : preparadas) {
            VersionCaptura c = p.captura();
            anteriores.merge(periodo(c), c.version() - 1, Math::min);
        }
        anteriores.values().removeIf(version -> version == 0);
        return anteriores;
    }

    /**
     * The version as stored, linked to its period's previous hash. A previous version that is not stored
     * (removed from the database) leaves the link empty, and the verification reports it there.
     */
    private static CapturaEntity sellada(VersionCaptura version, Map<CapturaRepository.Periodo, String> ultimosHashes) {
        CapturaEntity entidad = CapturaEntity.de(version, version.version() == 1 ? null : ultimosHashes.get(periodo(version)));
        ultimosHashes.put(periodo(version), entidad.hash);
        return entidad;
    }

    private static CapturaRepository.Periodo periodo(VersionCaptura c) {
        return new CapturaRepository.Periodo(c.indicadorId(), c.ejercicio(), c.trimestre());
    }

    /**
     * A validator's decision on the period's latest version, republished on the capturas topic with
     * the same version and the next revision.
     */
    public VersionCaptura revisar(UUID indicadorId, int ejercicio, int trimestre, EstadoCaptura destino, String comentario,
                                  Solicitante revisor) {
        // the lock registrar takes: a review and a new version of one indicator never interleave
        indicadores.findByIdOptional(indicadorId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RecursoNoEncontradoException("el indicador", indicadorId));
        CapturaEntity captura = capturas.ultimaVersion(indicadorId, ejercicio, trimestre)
                .orElseThrow(() -> new RecursoNoEncontradoException("captura del indicador " + indicadorId + " en",
                        ejercicio + " T" + trimestre));
        VersionCaptura revisada = captura.aDominio().revisada(destino, comentario, revisor.sujeto(), reloj.instant());
        captura.revisar(revisada, evidencias.deCaptura(captura.id));
        publisher.publicar(topics.capturas(), indicadorId.toString(), CapturaRegistradaEvent.de(revisada));
        return revisada;
    }

    /**
     * A page of a period's history: its latest {@code limite} versions numbered up to {@code hasta}
     * (null: the latest), oldest first.
     *
     * @param anterior the {@code hasta} of the page before it (older versions), null when there are none
     */
    public record Versiones(List<VersionCaptura> versiones, Integer anterior) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versiones versiones(UUID indicadorId, int ejercicio, int trimestre, Integer hasta, int limite) {
        List<VersionCaptura> masUna = capturas.versiones(indicadorId, ejercicio, trimestre,
                hasta == null ? Integer.MAX_VALUE : hasta, limite + 1).stream().map(CapturaEntity::aDominio).toList();
        List<VersionCaptura> pagina = new ArrayList<>(masUna.subList(0, Math.min(limite, masUna.size())));
        Collections.reverse(pagina);
        return new Versiones(pagina, masUna.size() > limite ? masUna.get(limite).version() : null);
    }
}
