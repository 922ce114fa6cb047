package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.pbrsed.capture.domain.CalendarioCaptura;
import mx.pbrsed.capture.domain.CapturaRechazadaException;
import mx.pbrsed.capture.repository.CapturaRepository;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.repository.IndicadorRepository;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.LoteResultado;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;

/**
 * Many capturas in one transaction, all or nothing: every row is checked as POST /capturas checks
 * one, and only a batch without problems is stored and published.
 */
@ApplicationScoped
@Transactional
public class CapturaLoteService {
    private final CapturaService capturas;
    private final CapturaRepository repositorio;
    private final IndicadorRepository indicadores;
    private final CalendarioService calendarios;
    private final Clock reloj;

    public CapturaLoteService(CapturaService capturas, CapturaRepository repositorio, IndicadorRepository indicadores,
                              CalendarioService calendarios, Clock reloj) {
        this.capturas = capturas;
        this.repositorio = repositorio;
        this.indicadores = indicadores;
        this.calendarios = calendarios;
        this.reloj = reloj;
    }

    /** @param lote the rows as read, each already checked on its own */
    public LoteResultado registrar(Lote lote, boolean dryRun, Solicitante solicitante) {
        solicitante.exigirUr();
        List<Lote.Fila> filas = lote.filas();
        if (filas.isEmpty()) {
            lote.problema(new FilaRechazada(0, "filas", "El lote no tiene filas"));
        }
        List<Lote.Fila> legibles = filas.stream().filter(f -> f.request() != null).toList();

        // locked in one order, so two batches over the same indicators cannot deadlock
        Set<UUID> ids = filas.stream().map(Lote.Fila::indicadorId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, IndicadorEntity> porId = indicadores.bloquear(ids).stream()
                .collect(Collectors.toMap(i -> i.id, i -> i));
        exigirUnidad(filas, porId, solicitante);
        Map<CapturaRepository.Periodo, Integer> versiones = new HashMap<>(repositorio.ultimasVersiones(legibles.stream()
                .map(f -> periodo(f.request())).collect(Collectors.toSet())));
        Map<Integer, CalendarioCaptura> porEjercicio = new HashMap<>();
        Instant ahora = reloj.instant();

        List<CapturaService.Preparada> preparadas = new ArrayList<>(legibles.size());
        List<Integer> numeros = new ArrayList<>(legibles.size());
        for (Lote.Fila fila : legibles) {
            CapturaRequest r = fila.request();
            CapturaRepository.Periodo periodo = periodo(r);
            try {
                var preparada = capturas.preparar(r, solicitante.sujeto(), porId.get(r.indicadorId()),
                        porEjercicio.computeIfAbsent(r.ejercicio(), calendarios::calendario),
                        versiones.getOrDefault(periodo, 0), ahora);
                versiones.put(periodo, preparada.captura().version);
                preparadas.add(preparada);
                numeros.add(fila.numero());
            } catch (CapturaRechazadaException e) {
                lote.problema(new FilaRechazada(fila.numero(), Lote.campo(fila.numero(), e.campo()), e.getMessage()));
            }
        }
        if (lote.conProblemas()) {
            throw lote.rechazo();
        }
        if (!dryRun) {
            capturas.guardar(preparadas);
        }
        List<LoteResultado.Fila> resultado = new ArrayList<>(preparadas.size());
        int valores = 0;
        for (int i = 0; i < preparadas.size(); i++) {
            var c = preparadas.get(i).captura();
            valores += c.valores.stream().mapToInt(mes -> mes.valores().size()).sum();
            resultado.add(new LoteResultado.Fila(numeros.get(i), dryRun ? null : c.id, c.indicadorId, c.ejercicio,
                    c.trimestre, c.version, c.tardia, c.diasRetraso));
        }
        return new LoteResultado(dryRun, preparadas.size(), valores, resultado);
    }

    private static CapturaRepository.Periodo periodo(CapturaRequest request) {
        return new CapturaRepository.Periodo(request.indicadorId(), request.ejercicio(), request.trimestre());
    }

    /** Before any other problem: a row of another unidad responsable refuses the batch whatever else it has. */
    private static void exigirUnidad(List<Lote.Fila> filas, Map<UUID, IndicadorEntity> porId, Solicitante solicitante) {
        List<UnidadAjenaException.Ajeno> ajenos = new ArrayList<>();
        for (Lote.Fila fila : filas) {
            IndicadorEntity indicador = fila.indicadorId() == null ? null : porId.get(fila.indicadorId());
            if (indicador != null && !solicitante.capturaPara(indicador.unidadResponsable)) {
                ajenos.add(new UnidadAjenaException.Ajeno(fila.numero(), Lote.campo(fila.numero(), "indicadorId"),
                        solicitante.ajeno(indicador)));
            }
        }
        if (!ajenos.isEmpty()) {
            throw UnidadAjenaException.enLote(ajenos);
        }
    }
}
