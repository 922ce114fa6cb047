package mx.pbrsed.capture.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One version of an indicator-period's captura: its values per month, whether it came late, and its
 * review. {@link #nueva} holds the rules a new version meets; {@link #revisada} a validator's decision.
 */
public record VersionCaptura(UUID id, UUID indicadorId, int definicionVersion, int ejercicio, int trimestre, int version,
                             EstadoCaptura estado, List<ValoresMes> valores, String analisisLogro,
                             String justificacionVariacion, boolean preliminar, boolean tardia, int diasRetraso,
                             String capturadoPor, OffsetDateTime capturadoEn, int revision, String validadoPor,
                             OffsetDateTime validadoEn, String comentario) {

    /**
     * The version that follows {@code versionAnterior} (0 for the period's first), by {@code autor} at
     * {@code ahora}: the indicator must be vigente and of the captura's ejercicio, the values complete and
     * in the shape of its frecuencia, and the quarter's window open or closed (late, counted in calendar
     * days in {@code zona}), never yet to open.
     *
     * @param indicador the replica's definition, null when it does not have it
     * @throws IndicadorNoReplicadoException if the replica does not have the indicator (yet)
     * @throws CapturaRechazadaException naming the rejected field
     */
    public static VersionCaptura nueva(NuevaCaptura envio, Indicador indicador, CalendarioCaptura calendario,
                                       int versionAnterior, String autor, Instant ahora, ZoneId zona) {
        if (indicador == null) {
            throw new IndicadorNoReplicadoException(envio.indicadorId());
        }
        if (!indicador.vigente()) {
            throw new CapturaRechazadaException("indicadorId", "El indicador está " + indicador.estado());
        }
        if (indicador.ejercicio() != envio.ejercicio()) {
            throw new CapturaRechazadaException("ejercicio",
                    "El indicador pertenece al ejercicio " + indicador.ejercicio() + ", no al " + envio.ejercicio());
        }
        if (!indicador.medidoEnSuEjercicio()) {
            throw new CapturaRechazadaException("ejercicio", "Un indicador " + indicador.frecuencia() + " se mide cada "
                    + indicador.frecuencia().periodoAnios() + " años desde su línea base (" + indicador.anioLineaBase()
                    + "): no tiene medición en el ejercicio " + indicador.ejercicio());
        }
        SortedMap<Integer, Map<String, BigDecimal>> porMes = ValoresCaptura.normalizar(indicador.frecuencia(),
                envio.trimestre(), new HashSet<>(indicador.variables()), envio.valores(), porMes(envio.valoresMensuales()));
        VentanaCaptura ventana = calendario.ventana(envio.trimestre());
        if (ventana.porAbrir(ahora, zona)) {
            throw new CapturaRechazadaException("trimestre",
                    "La captura del trimestre " + envio.trimestre() + " abre el " + ventana.abre());
        }
        int diasRetraso = ventana.diasRetraso(ahora, zona);
        return new VersionCaptura(UUID.randomUUID(), indicador.id(), indicador.version(), envio.ejercicio(),
                envio.trimestre(), versionAnterior + 1, EstadoCaptura.ENVIADA,
                porMes.entrySet().stream().map(e -> new ValoresMes(e.getKey(), e.getValue())).toList(),
                envio.analisisLogro(), envio.justificacionVariacion(), envio.preliminar(), diasRetraso > 0, diasRetraso,
                autor, OffsetDateTime.ofInstant(ahora, ZoneOffset.UTC), 0, null, null, null);
    }

    /**
     * This version after a validator's ({@code revisor}) decision: the same version, the next revision.
     *
     * @throws TransicionNoPermitidaException unless it is ENVIADA
     */
    public VersionCaptura revisada(EstadoCaptura destino, String comentario, String revisor, Instant ahora) {
        return new VersionCaptura(id, indicadorId, definicionVersion, ejercicio, trimestre, version,
                estado.revisar(destino, comentario), valores, analisisLogro, justificacionVariacion, preliminar, tardia,
                diasRetraso, capturadoPor, capturadoEn, revision + 1, revisor, OffsetDateTime.ofInstant(ahora, ZoneOffset.UTC),
                comentario);
    }

    /** A correction: a later version of a period that already had one. */
    public boolean correccion() {
        return version > 1;
    }

    private static SortedMap<Integer, Map<String, BigDecimal>> porMes(List<ValoresMes> mensuales) {
        if (mensuales == null) {
            return null;
        }
        SortedMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        for (ValoresMes mes : mensuales) {
            if (porMes.put(mes.mes(), mes.valores()) != null) {
                throw new CapturaRechazadaException("valoresMensuales", "El mes " + mes.mes() + " está repetido");
            }
        }
        return porMes;
    }
}
