package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
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
    /** A row as read: the request, or the problems that kept it from being one. */
    public record Fila(int numero, CapturaRequest request, List<FilaRechazada> problemas) {
    }

    private final CapturaService capturas;
    private final CapturaRepository repositorio;
    private final IndicadorRepository indicadores;
    private final CalendarioService calendarios;
    private final Validator validator;
    private final Clock reloj;

    public CapturaLoteService(CapturaService capturas, CapturaRepository repositorio, IndicadorRepository indicadores,
                              CalendarioService calendarios, Validator validator, Clock reloj) {
        this.capturas = capturas;
        this.repositorio = repositorio;
        this.indicadores = indicadores;
        this.calendarios = calendarios;
        this.validator = validator;
        this.reloj = reloj;
    }

    public LoteResultado registrar(List<Fila> filas, boolean dryRun, Solicitante solicitante) {
        solicitante.exigirUr();
        List<FilaRechazada> problemas = new ArrayList<>();
        List<Fila> legibles = new ArrayList<>();
        for (Fila fila : filas) {
            problemas.addAll(fila.problemas());
            List<FilaRechazada> invalidas = fila.request() == null ? List.of() : validar(fila);
            problemas.addAll(invalidas);
            if (fila.request() != null && fila.problemas().isEmpty() && invalidas.isEmpty()) {
                legibles.add(fila);
            }
        }
        if (filas.isEmpty()) {
            problemas.add(new FilaRechazada(0, "filas", "El lote no tiene filas"));
        }

        // locked in one order, so two batches over the same indicators cannot deadlock
        Set<UUID> ids = filas.stream().filter(f -> f.request() != null && f.request().indicadorId() != null)
                .map(f -> f.request().indicadorId()).collect(Collectors.toSet());
        Map<UUID, IndicadorEntity> porId = indicadores.bloquear(ids).stream()
                .collect(Collectors.toMap(i -> i.id, i -> i));
        exigirUnidad(filas, porId, solicitante);
        Map<CapturaRepository.Periodo, Integer> versiones = new HashMap<>(repositorio.ultimasVersiones(legibles.stream()
                .map(f -> periodo(f.request())).collect(Collectors.toSet())));
        Map<Integer, CalendarioCaptura> porEjercicio = new HashMap<>();
        Instant ahora = reloj.instant();

        List<CapturaService.Preparada> preparadas = new ArrayList<>(legibles.size());
        List<Integer> numeros = new ArrayList<>(legibles.size());
        for (Fila fila : legibles) {
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
                problemas.add(new FilaRechazada(fila.numero(), campo(fila.numero(), e.campo()), e.getMessage()));
            }
        }
        if (!problemas.isEmpty()) {
            problemas.sort(Comparator.comparingInt(FilaRechazada::fila));
            throw new LoteRechazadoException(problemas);
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

    public static String campo(int fila, String campo) {
        return "filas[" + fila + "]" + (campo == null || campo.isEmpty() ? "" : "." + campo);
    }

    /** Before any other problem: a row of another unidad responsable refuses the batch whatever else it has. */
    private static void exigirUnidad(List<Fila> filas, Map<UUID, IndicadorEntity> porId, Solicitante solicitante) {
        List<UnidadAjenaException.Ajeno> ajenos = new ArrayList<>();
        for (Fila fila : filas) {
            IndicadorEntity indicador = fila.request() == null ? null : porId.get(fila.request().indicadorId());
            if (indicador != null && !solicitante.capturaPara(indicador.unidadResponsable)) {
                ajenos.add(new UnidadAjenaException.Ajeno(fila.numero(), campo(fila.numero(), "indicadorId"),
                        solicitante.ajeno(indicador)));
            }
        }
        if (!ajenos.isEmpty()) {
            throw UnidadAjenaException.enLote(ajenos);
        }
    }

    private List<FilaRechazada> validar(Fila fila) {
        Set<ConstraintViolation<CapturaRequest>> violaciones = validator.validate(fila.request());
        return violaciones.stream()
                .map(v -> new FilaRechazada(fila.numero(), campo(fila.numero(), ruta(v)), v.getMessage()))
                .sorted(Comparator.comparing(FilaRechazada::campo))
                .toList();
    }

    /** valores[V2], valoresMensuales[0].mes: the same names as a single POST /capturas gets. */
    private static String ruta(ConstraintViolation<?> v) {
        return StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                .map(n -> {
                    Object posicion = n.getIndex() != null ? n.getIndex() : n.getKey();
                    String nombre = n.getName() == null || n.getName().startsWith("<") ? "" : n.getName();
                    return posicion != null ? "[" + posicion + "]." + nombre : nombre;
                })
                .collect(Collectors.joining(".")).replace(".[", "[").replaceAll("\\.+$", "");
    }
}
