package mx.pbrsed.capture.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.config.CapturaConfig;
import mx.pbrsed.capture.config.TopicsConfig;
import mx.pbrsed.capture.domain.CalendarioCaptura;
import mx.pbrsed.capture.domain.Frecuencia;
import mx.pbrsed.capture.domain.VentanaCaptura;
import mx.pbrsed.capture.messaging.CapturaVencidaEvent;
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.capture.repository.CapturaVencidaRepository;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.repository.IndicadorRepository;

/**
 * Announces, once, every indicator-period whose window closed with no captura. It looks at every
 * closed window, not only the latest, so a run after downtime catches up.
 */
@ApplicationScoped
@Transactional
public class VencimientoService {
    private final IndicadorRepository indicadores;
    private final CapturaVencidaRepository vencidas;
    private final CalendarioService calendarios;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final CapturaConfig config;
    private final Clock reloj;
    private final Event<CapturasVencidas> anunciadas;

    public VencimientoService(IndicadorRepository indicadores, CapturaVencidaRepository vencidas,
                              CalendarioService calendarios, EventoPublisher publisher, TopicsConfig topics,
                              CapturaConfig config, Clock reloj, Event<CapturasVencidas> anunciadas) {
        this.indicadores = indicadores;
        this.vencidas = vencidas;
        this.calendarios = calendarios;
        this.publisher = publisher;
        this.topics = topics;
        this.config = config;
        this.reloj = reloj;
        this.anunciadas = anunciadas;
    }

    /** Runs at start-up (the first interval fires then) and every interval after; "off" disables it. */
    @Scheduled(identity = "capturas-vencidas", every = "${pbr.vencidas.intervalo:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void programado() {
        anunciarVencidas();
    }

    /** @return how many indicator-periods were announced by this run */
    public int anunciarVencidas() {
        Instant ahora = reloj.instant();
        OffsetDateTime detectadoEn = OffsetDateTime.ofInstant(ahora, ZoneOffset.UTC);
        List<CapturasVencidas.Periodo> periodos = new ArrayList<>();
        for (int ejercicio : indicadores.ejerciciosVigentes()) {
            CalendarioCaptura calendario = calendarios.calendario(ejercicio);
            for (var entrada : calendario.ventanas().entrySet()) {
                int trimestre = entrada.getKey();
                VentanaCaptura ventana = entrada.getValue();
                if (ventana.cierreInstante(config.zona()).isAfter(ahora)) {
                    continue;
                }
                List<UUID> nuevas = new ArrayList<>();
                for (Frecuencia frecuencia : Frecuencia.values()) {
                    if (frecuencia.esperaMedicion(trimestre)) {
                        nuevas.addAll(vencidas.registrarNuevas(ejercicio, trimestre, frecuencia.name(),
                                frecuencia.periodoAnios(), ventana.cierra(), detectadoEn));
                    }
                }
                for (UUID id : nuevas) {
                    IndicadorEntity indicador = indicadores.findById(id);
                    publisher.publicar(topics.capturasVencidas(), id.toString(), new CapturaVencidaEvent(
                            CapturaVencidaEvent.SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(), id,
                            indicador.nombre, indicador.programaClave, indicador.unidadResponsable, ejercicio,
                            trimestre, ventana.cierra(), detectadoEn));
                    periodos.add(new CapturasVencidas.Periodo(indicador.unidadResponsable, ejercicio, trimestre));
                }
            }
        }
        if (!periodos.isEmpty()) {
            Log.infof("%d capturas vencidas anunciadas", periodos.size());
            anunciadas.fire(new CapturasVencidas(periodos));
        }
        return periodos.size();
    }
}
