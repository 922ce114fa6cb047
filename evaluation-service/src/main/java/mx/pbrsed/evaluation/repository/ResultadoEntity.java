package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.ValorResultado;

/** The current result of an indicator-period; calculadoEn is when it last changed. */
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
    /** An embeddable (META-INF/orm.xml): the domain record, stored in this table's columns. */
    public ValorResultado valor;
    @Column(name = "calculado_en")
    public OffsetDateTime calculadoEn;
}
