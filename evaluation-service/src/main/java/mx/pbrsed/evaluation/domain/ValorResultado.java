package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a result says at one indicator-period: the engine's figures and traces, its year-end
 * projection (null where rule 10 gives none), the versions they were computed from and the
 * captura's flags. Shared by the current result and its history (both
 * store it as an embeddable, mapped in META-INF/orm.xml so this stays plain Java): a change of any
 * of these is a change of the result.
 */
public record ValorResultado(
        EstadoResultado estado,
        BigDecimal logro,
        BigDecimal metaProgramada,
        BigDecimal avancePorcentaje,
        Color semaforo,
        String trazaLogro,
        String trazaMeta,
        String trazaAvance,
        int definicionVersion,
        Integer capturaVersion,
        String capturaEstado,
        boolean tardia,
        boolean preliminar,
        boolean faltaJustificacion,
        Proyeccion proyeccion) {

    /**
     * The engine's result at a quarter and its projection (null: none), with the definition's
     * version and the captura it was computed from (null: none).
     */
    public static ValorResultado de(Resultado calculado, Proyeccion proyeccion, int definicionVersion,
                                    CapturaVigente captura) {
        return new ValorResultado(calculado.estado(), calculado.logro(), calculado.metaProgramada(),
                calculado.avancePorcentaje(), calculado.semaforo(), calculado.trazaLogro(), calculado.trazaMeta(),
                calculado.trazaAvance(), definicionVersion,
                captura == null ? null : captura.version(),
                captura == null ? null : captura.estado(),
                captura != null && captura.tardia(),
                captura != null && captura.preliminar(),
                faltaJustificacion(calculado, captura),
                proyeccion);
    }

    /**
     * A computed result out of VERDE must be explained by the captura's justificación de la
     * variación; a blank one explains nothing.
     */
    public static boolean faltaJustificacion(Resultado calculado, CapturaVigente captura) {
        return calculado.estado() == EstadoResultado.CALCULADO
                && calculado.semaforo() != Color.VERDE
                && (captura == null || captura.justificacionVariacion() == null
                        || captura.justificacionVariacion().isBlank());
    }

    /** Same content; decimals compared by value, since the database may return another scale. */
    public boolean equivalente(ValorResultado otro) {
        return otro != null
                && mismasCifras(otro)
                && Objects.equals(trazaLogro, otro.trazaLogro)
                && Objects.equals(trazaMeta, otro.trazaMeta)
                && Objects.equals(trazaAvance, otro.trazaAvance)
                && definicionVersion == otro.definicionVersion
                && Objects.equals(capturaVersion, otro.capturaVersion)
                && Objects.equals(capturaEstado, otro.capturaEstado)
                && tardia == otro.tardia
                && preliminar == otro.preliminar
                && faltaJustificacion == otro.faltaJustificacion
                && mismaProyeccion(proyeccion, otro.proyeccion);
    }

    /** The projected colour, or null without a projection. */
    public Color semaforoProyectado() {
        return proyeccion == null ? null : proyeccion.semaforoProyectado();
    }

    private static boolean mismaProyeccion(Proyeccion a, Proyeccion b) {
        return a == null ? b == null : b != null
                && mismoNumero(a.logroProyectado(), b.logroProyectado())
                && mismoNumero(a.metaAnual(), b.metaAnual())
                && mismoNumero(a.avanceProyectadoPorcentaje(), b.avanceProyectadoPorcentaje())
                && a.semaforoProyectado() == b.semaforoProyectado()
                && Objects.equals(a.traza(), b.traza());
    }

    /** Same figures: estado, logro, meta programada, avance and semáforo. */
    public boolean mismasCifras(ValorResultado otro) {
        return otro != null
                && estado == otro.estado
                && mismoNumero(logro, otro.logro)
                && mismoNumero(metaProgramada, otro.metaProgramada)
                && mismoNumero(avancePorcentaje, otro.avancePorcentaje)
                && semaforo == otro.semaforo;
    }

    private static boolean mismoNumero(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
