package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.evaluation.events.ValoresMes;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

@Entity
@Table(name = "captura")
@IdClass(PeriodoId.class)
public class CapturaEntity {
    @Id
    @Column(name = "indicador_id")
    public UUID indicadorId;
    @Id
    public int ejercicio;
    @Id
    public int trimestre;
    public int version;
    /** Workflow changes of the same version: the highest (version, revision) is the latest. */
    public int revision;
    @Column(name = "captura_id")
    public UUID capturaId;
    public String estado;
    /**
     * Replaced, never changed in place: Hibernate need not copy it through JSON on every load
     * and persist to detect a change.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ValoresMes> valores;
    public boolean preliminar;
    public boolean tardia;
    @Column(name = "justificacion_variacion")
    public String justificacionVariacion;
    @Column(name = "analisis_logro")
    public String analisisLogro;
    /** The validator's comentario on this revision: the report's observaciones. */
    public String comentario;
    @Column(name = "capturado_en")
    public OffsetDateTime capturadoEn;
}
