package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;

@Entity
@Table(name = "resultado")
@IdClass(PeriodoId.class)
public class ResultadoEntity {
    @Id
    @Column(name = "indicador_id")
    public UUID indicadorId;
    @Id
    public int ejercicio;
    @Id
    public int trimestre;
    @Enumerated(EnumType.STRING)
    public EstadoResultado estado;
    public BigDecimal logro;
    @Column(name = "meta_programada")
    public BigDecimal metaProgramada;
    @Column(name = "avance_porcentaje")
    public BigDecimal avancePorcentaje;
    @Enumerated(EnumType.STRING)
    public Color semaforo;
    @Column(name = "traza_logro")
    public String trazaLogro;
    @Column(name = "traza_meta")
    public String trazaMeta;
    @Column(name = "traza_avance")
    public String trazaAvance;
    @Column(name = "definicion_version")
    public int definicionVersion;
    @Column(name = "captura_version")
    public Integer capturaVersion;
    @Column(name = "captura_estado")
    public String capturaEstado;
    public boolean tardia;
    public boolean preliminar;
    @Column(name = "falta_justificacion")
    public boolean faltaJustificacion;
    @Column(name = "calculado_en")
    public OffsetDateTime calculadoEn;
}
