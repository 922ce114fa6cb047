package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;

/**
 * What a result says at one indicator-period, shared by the current result and its history:
 * a change of any of these is a change of the result.
 */
@Embeddable
public record ValorResultado(
        @Enumerated(EnumType.STRING) EstadoResultado estado,
        BigDecimal logro,
        @Column(name = "meta_programada") BigDecimal metaProgramada,
        @Column(name = "avance_porcentaje") BigDecimal avancePorcentaje,
        @Enumerated(EnumType.STRING) Color semaforo,
        @Column(name = "traza_logro") String trazaLogro,
        @Column(name = "traza_meta") String trazaMeta,
        @Column(name = "traza_avance") String trazaAvance,
        @Column(name = "definicion_version") int definicionVersion,
        @Column(name = "captura_version") Integer capturaVersion,
        @Column(name = "captura_estado") String capturaEstado,
        boolean tardia,
        boolean preliminar,
        @Column(name = "falta_justificacion") boolean faltaJustificacion) {

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
                && faltaJustificacion == otro.faltaJustificacion;
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
