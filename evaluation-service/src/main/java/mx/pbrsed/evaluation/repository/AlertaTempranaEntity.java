package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.AlertaTemprana;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.Procedencia;

/**
 * The projected colour last known for an indicator-period and the inputs it came from. A rebuild
 * empties results and replicas but keeps this table: it is what stops a replay from announcing
 * again what was announced once.
 */
@Entity
@Table(name = "alerta_temprana")
@IdClass(PeriodoId.class)
public class AlertaTempranaEntity {
    @Id
    @Column(name = "indicador_id")
    public UUID indicadorId;
    @Id
    public int ejercicio;
    @Id
    public int trimestre;
    @Enumerated(EnumType.STRING)
    @Column(name = "semaforo_proyectado")
    public Color semaforoProyectado;
    public String procedencia;
    @Column(name = "actualizada_en")
    public OffsetDateTime actualizadaEn;

    public AlertaTemprana valor() {
        return new AlertaTemprana(semaforoProyectado, Procedencia.leer(procedencia));
    }
}
