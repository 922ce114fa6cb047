package mx.pbrsed.capture.service;

import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import mx.pbrsed.capture.config.CapturaConfig;
import mx.pbrsed.capture.config.TopicsConfig;
import mx.pbrsed.capture.domain.CalendarioCaptura;
import mx.pbrsed.capture.domain.CapturaRechazadaException;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.domain.ValoresCaptura;
import mx.pbrsed.capture.domain.VentanaCaptura;
import mx.pbrsed.capture.mapping.CapturaMapper;
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.capture.messaging.ValoresMes;
import mx.pbrsed.capture.repository.CapturaEntity;
import mx.pbrsed.capture.repository.CapturaRepository;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.repository.IndicadorRepository;
import mx.pbrsed.capture.rest.model.Captura;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.RevisionRequest;

@ApplicationScoped
@Transactional
public class CapturaService {
    /** Versions inserted, and their events queued, per round trip: the JDBC batch size (application.properties). */
    private static final int GRUPO = 500;

    private final IndicadorRepository indicadores;
    private final CapturaRepository capturas;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final CapturaConfig config;
    private final CalendarioService calendarios;
    private final Clock reloj;
    private final Event<CapturasAceptadas> aceptadas;

    public CapturaService(IndicadorRepository indicadores, CapturaRepository capturas, EventoPublisher publisher,
                          TopicsConfig topics, CapturaConfig config, CalendarioService calendarios, Clock reloj,
                          Event<CapturasAceptadas> aceptadas) {
        this.indicadores = indicadores;
        this.capturas = capturas;
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
    public Captura registrar(CapturaRequest request, Solicitante solicitante) {
        IndicadorEntity indicador = indicadores.findByIdOptional(request.indicadorId(), LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        solicitante.exigirUnidadDe(indicador);
        int versionAnterior = capturas.ultimoNumeroDeVersion(
                new CapturaRepository.Periodo(request.indicadorId(), request.ejercicio(), request.trimestre()));
        Preparada preparada = preparar(request, solicitante.sujeto(), indicador, calendarios.calendario(request.ejercicio()),
                versionAnterior, reloj.instant());
        guardar(List.of(preparada));
        return CapturaMapper.aModelo(preparada.captura());
    }

    /** A checked captura version, not yet stored, with what its events need. */
    public record Preparada(CapturaEntity captura, IndicadorEntity indicador, VentanaCaptura ventana) {
    }

    /**
     * Checks a captura against the indicator's definition (null if the replica does not have it)
     * and the calendar, and builds its version by {@code autor}; stores nothing.
     *
     * @throws CapturaRechazadaException naming the rejected field
     */
    public Preparada preparar(CapturaRequest request, String autor, IndicadorEntity indicador, CalendarioCaptura calendario,
                              int versionAnterior, Instant ahora) {
        if (indicador == null) {
            throw new CapturaRechazadaException("indicadorId",
                    "El indicador " + request.indicadorId() + " no existe en el catálogo publicado");
        }
        if (!indicador.vigente()) {
            throw new CapturaRechazadaException("indicadorId", "El indicador está " + indicador.estado);
        }
        if (indicador.ejercicio != request.ejercicio()) {
            throw new CapturaRechazadaException("ejercicio",
                    "El indicador pertenece al ejercicio " + indicador.ejercicio + ", no al " + request.ejercicio());
        }
        SortedMap<Integer, Map<String, BigDecimal>> porMes = ValoresCaptura.normalizar(indicador.frecuencia,
                request.trimestre(), new HashSet<>(indicador.variables), request.valores(), mensuales(request));

        VentanaCaptura ventana = calendario.ventana(request.trimestre());
        if (ventana.porAbrir(ahora, config.zona())) {
            throw new CapturaRechazadaException("trimestre",
                    "La captura del trimestre " + request.trimestre() + " abre el " + ventana.abre());
        }
        var captura = new CapturaEntity();
        captura.id = UUID.randomUUID();
        captura.indicadorId = indicador.id;
        captura.ejercicio = request.ejercicio();
        captura.trimestre = request.trimestre();
        captura.version = versionAnterior + 1;
        captura.estado = EstadoCaptura.ENVIADA;
        captura.definicionVersion = indicador.version;
        captura.valores = porMes.entrySet().stream().map(e -> new ValoresMes(e.getKey(), e.getValue())).toList();
        captura.analisisLogro = request.analisisLogro();
        captura.justificacionVariacion = request.justificacionVariacion();
        captura.preliminar = request.preliminar();
        captura.diasRetraso = ventana.diasRetraso(ahora, config.zona());
        captura.tardia = captura.diasRetraso > 0;
        captura.capturadoPor = autor;
        captura.capturadoEn = OffsetDateTime.ofInstant(ahora, ZoneOffset.UTC);
        return new Preparada(captura, indicador, ventana);
    }

    /**
     * Stores the versions and queues their events (late ones also on capturas-tardias) in the caller's
     * transaction, a group at a time, so the events' JSON of a large lote is never all in memory at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void guardar(List<Preparada> preparadas) {
        List<CapturasAceptadas.Periodo> periodos = new ArrayList<>(preparadas.size());
        for (int desde = 0; desde < preparadas.size(); desde += GRUPO) {
            List<Preparada> grupo = preparadas.subList(desde, Math.min(preparadas.size(), desde + GRUPO));
            List<EventoPublisher.Saliente> eventos = new ArrayList<>(grupo.size() * 2);
            capturas.insertar(grupo.stream().map(Preparada::captura).toList());
            for (Preparada p : grupo) {
                periodos.add(new CapturasAceptadas.Periodo(p.indicador().unidadResponsable, p.captura().ejercicio,
                        p.captura().trimestre, p.captura().tardia));
                String clave = p.indicador().id.toString();
                eventos.add(new EventoPublisher.Saliente(topics.capturas(), clave, CapturaMapper.aEvento(p.captura())));
                if (p.captura().tardia) {
                    eventos.add(new EventoPublisher.Saliente(topics.capturasTardias(), clave,
                            CapturaMapper.aEventoTardia(p.captura(), p.indicador(), p.ventana())));
                }
            }
            publisher.publicarTodos(eventos);
        }
        aceptadas.fire(new CapturasAceptadas(periodos));
    }

    /**
     * A validator's ({@code revisor}) decision on the period's latest version, republished on the
     * capturas topic with the same version and the next revision.
     */
    public Captura revisar(UUID indicadorId, int ejercicio, int trimestre, EstadoCaptura destino, RevisionRequest request,
                           String revisor) {
        // the lock registrar takes: a review and a new version of one indicator never interleave
        indicadores.findByIdOptional(indicadorId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RecursoNoEncontradoException("el indicador", indicadorId));
        CapturaEntity captura = capturas.ultimaVersion(indicadorId, ejercicio, trimestre)
                .orElseThrow(() -> new RecursoNoEncontradoException("captura del indicador " + indicadorId + " en",
                        ejercicio + " T" + trimestre));
        captura.estado = captura.estado.revisar(destino, request.comentario());
        captura.revision++;
        captura.validadoPor = revisor;
        captura.validadoEn = OffsetDateTime.ofInstant(reloj.instant(), ZoneOffset.UTC);
        captura.comentario = request.comentario();
        publisher.publicar(topics.capturas(), indicadorId.toString(), CapturaMapper.aEvento(captura));
        return CapturaMapper.aModelo(captura);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Captura> versiones(UUID indicadorId, int ejercicio, int trimestre) {
        return capturas.versiones(indicadorId, ejercicio, trimestre).stream().map(CapturaMapper::aModelo).toList();
    }

    private static SortedMap<Integer, Map<String, BigDecimal>> mensuales(CapturaRequest request) {
        if (request.valoresMensuales() == null) {
            return null;
        }
        SortedMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        for (CapturaRequest.ValoresMensuales mes : request.valoresMensuales()) {
            if (porMes.put(mes.mes(), mes.valores()) != null) {
                throw new CapturaRechazadaException("valoresMensuales", "El mes " + mes.mes() + " está repetido");
            }
        }
        return porMes;
    }
}
