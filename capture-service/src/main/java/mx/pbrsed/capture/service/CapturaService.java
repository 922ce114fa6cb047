package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import mx.pbrsed.capture.config.CapturaConfig;
import mx.pbrsed.capture.config.TopicsConfig;
import mx.pbrsed.capture.domain.CapturaRechazadaException;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.domain.ValoresCaptura;
import mx.pbrsed.capture.domain.VentanaCaptura;
import mx.pbrsed.capture.mapping.CapturaMapper;
import mx.pbrsed.capture.messaging.EventoPublisher;
import mx.pbrsed.capture.messaging.ValoresMes;
import mx.pbrsed.capture.repository.CapturaEntity;
import mx.pbrsed.capture.repository.CapturaRepository;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.repository.IndicadorRepository;
import mx.pbrsed.capture.rest.model.Captura;
import mx.pbrsed.capture.rest.model.CapturaRequest;

@ApplicationScoped
@Transactional
public class CapturaService {
    private final IndicadorRepository indicadores;
    private final CapturaRepository capturas;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final CapturaConfig config;
    private final Clock reloj;

    public CapturaService(IndicadorRepository indicadores, CapturaRepository capturas, EventoPublisher publisher,
                          TopicsConfig topics, CapturaConfig config, Clock reloj) {
        this.indicadores = indicadores;
        this.capturas = capturas;
        this.publisher = publisher;
        this.topics = topics;
        this.config = config;
        this.reloj = reloj;
    }

    /**
     * Records a new version of the indicator-period's captura. The indicator row is locked so
     * concurrent capturas of one indicator get consecutive versions instead of a conflict.
     */
    public Captura registrar(CapturaRequest request) {
        IndicadorEntity indicador = indicadores.findByIdOptional(request.indicadorId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new CapturaRechazadaException("indicadorId",
                        "El indicador " + request.indicadorId() + " no existe en el catálogo publicado"));
        if (!indicador.vigente()) {
            throw new CapturaRechazadaException("indicadorId", "El indicador está " + indicador.estado);
        }
        if (indicador.ejercicio != request.ejercicio()) {
            throw new CapturaRechazadaException("ejercicio",
                    "El indicador pertenece al ejercicio " + indicador.ejercicio + ", no al " + request.ejercicio());
        }
        SortedMap<Integer, Map<String, BigDecimal>> porMes = ValoresCaptura.normalizar(indicador.frecuencia,
                request.trimestre(), new HashSet<>(indicador.variables), request.valores(), mensuales(request));

        Instant ahora = reloj.instant();
        VentanaCaptura ventana = VentanaCaptura.porDefecto(request.ejercicio(), request.trimestre(), config.diasVentana());
        if (ventana.porAbrir(ahora, config.zona())) {
            throw new CapturaRechazadaException("trimestre",
                    "La captura del trimestre " + request.trimestre() + " abre el " + ventana.abre());
        }
        int version = capturas.ultimaVersion(indicador.id, request.ejercicio(), request.trimestre())
                .map(anterior -> anterior.version + 1).orElse(1);

        var captura = new CapturaEntity();
        captura.id = UUID.randomUUID();
        captura.indicadorId = indicador.id;
        captura.ejercicio = request.ejercicio();
        captura.trimestre = request.trimestre();
        captura.version = version;
        captura.estado = EstadoCaptura.ENVIADA;
        captura.definicionVersion = indicador.version;
        captura.valores = porMes.entrySet().stream().map(e -> new ValoresMes(e.getKey(), e.getValue())).toList();
        captura.analisisLogro = request.analisisLogro();
        captura.justificacionVariacion = request.justificacionVariacion();
        captura.preliminar = request.preliminar();
        captura.diasRetraso = ventana.diasRetraso(ahora, config.zona());
        captura.tardia = captura.diasRetraso > 0;
        captura.capturadoPor = request.capturadoPor();
        captura.capturadoEn = OffsetDateTime.ofInstant(ahora, ZoneOffset.UTC);
        capturas.persist(captura);

        String clave = indicador.id.toString();
        publisher.publicar(topics.capturas(), clave, CapturaMapper.aEvento(captura));
        if (captura.tardia) {
            publisher.publicar(topics.capturasTardias(), clave, CapturaMapper.aEventoTardia(captura, indicador, ventana));
        }
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
