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
import mx.pbrsed.capture.domain.Indicador;
import mx.pbrsed.capture.domain.IndicadorNoReplicadoException;
import mx.pbrsed.capture.domain.NuevaCaptura;
import mx.pbrsed.capture.domain.VersionCaptura;
import mx.pbrsed.capture.repository.CapturaRepository;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.repository.IndicadorRepository;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;
import mx.pbrsed.platform.seguridad.Solicitante;

/**
 * Many capturas in one transaction, all or nothing: every row is checked as POST /capturas checks
 * one, and only a batch without problems is stored and published.
 */
@ApplicationScoped
@Transactional
public class CapturaLoteService {
    /** A row's version: stored, or in a dry run what would be. */
    public record FilaRegistrada(int fila, VersionCaptura captura) {
    }

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

    /**
     * @param lote the rows as read, each already checked on its own
     * @return the rows' versions, in the lote's order
     */
    public List<FilaRegistrada> registrar(Lote lote, boolean dryRun, Solicitante solicitante) {
        AccesoPorUnidad.exigirUr(solicitante);
        List<Lote.Fila> filas = lote.filas();
        if (filas.isEmpty()) {
            lote.problema(new FilaRechazada(0, "filas", "El lote no tiene filas"));
        }
        List<Lote.Fila> legibles = filas.stream().filter(f -> f.captura() != null).toList();

        // locked in one order, so two batches over the same indicators cannot deadlock
        Set<UUID> ids = filas.stream().map(Lote.Fila::indicadorId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, Indicador> porId = indicadores.bloquear(ids).stream()
                .collect(Collectors.toMap(i -> i.id, IndicadorEntity::aDominio));
        exigirUnidad(filas, porId, solicitante);
        Map<CapturaRepository.Periodo, Integer> versiones = new HashMap<>(repositorio.ultimasVersiones(legibles.stream()
                .map(f -> periodo(f.captura())).collect(Collectors.toSet())));
        Map<Integer, CalendarioCaptura> porEjercicio = new HashMap<>();
        Instant ahora = reloj.instant();

        List<CapturaService.Preparada> preparadas = new ArrayList<>(legibles.size());
        List<FilaRegistrada> registradas = new ArrayList<>(legibles.size());
        List<FilaRechazada> noReplicadas = new ArrayList<>();
        int totalNoReplicadas = 0;
        for (Lote.Fila fila : legibles) {
            NuevaCaptura c = fila.captura();
            CapturaRepository.Periodo periodo = periodo(c);
            try {
                var preparada = capturas.preparar(c, solicitante, porId.get(c.indicadorId()),
                        porEjercicio.computeIfAbsent(c.ejercicio(), calendarios::calendario),
                        versiones.getOrDefault(periodo, 0), ahora);
                versiones.put(periodo, preparada.captura().version());
                preparadas.add(preparada);
                registradas.add(new FilaRegistrada(fila.numero(), preparada.captura()));
            } catch (IndicadorNoReplicadoException e) {
                if (++totalNoReplicadas <= Lote.PROBLEMAS_LISTADOS) {
                    noReplicadas.add(new FilaRechazada(fila.numero(), Lote.campo(fila.numero(), e.campo()), e.getMessage()));
                }
            } catch (CapturaRechazadaException e) {
                lote.problema(new FilaRechazada(fila.numero(), Lote.campo(fila.numero(), e.campo()), e.getMessage()));
            }
        }
        // only the replica's lag stands in the way: the same lote is worth sending again
        if (totalNoReplicadas > 0 && !lote.conProblemas()) {
            throw new LoteNoReplicadoException(noReplicadas, totalNoReplicadas);
        }
        noReplicadas.forEach(lote::problema);
        if (lote.conProblemas()) {
            throw lote.rechazo();
        }
        if (!dryRun) {
            capturas.guardar(preparadas);
        }
        return registradas;
    }

    private static CapturaRepository.Periodo periodo(NuevaCaptura captura) {
        return new CapturaRepository.Periodo(captura.indicadorId(), captura.ejercicio(), captura.trimestre());
    }

    /** Before any other problem: a row of another unidad responsable refuses the batch whatever else it has. */
    private static void exigirUnidad(List<Lote.Fila> filas, Map<UUID, Indicador> porId, Solicitante solicitante) {
        List<UnidadAjenaException.Ajeno> ajenos = new ArrayList<>();
        for (Lote.Fila fila : filas) {
            Indicador indicador = fila.indicadorId() == null ? null : porId.get(fila.indicadorId());
            if (AccesoPorUnidad.ajeno(solicitante, indicador)) {
                ajenos.add(new UnidadAjenaException.Ajeno(fila.numero(), Lote.campo(fila.numero(), "indicadorId"),
                        AccesoPorUnidad.motivo(solicitante, indicador)));
            }
        }
        if (!ajenos.isEmpty()) {
            throw UnidadAjenaException.enLote(ajenos);
        }
    }
}
