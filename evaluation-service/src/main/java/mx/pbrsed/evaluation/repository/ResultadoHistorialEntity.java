package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.ValorResultado;

/** One value a result had, from registradoEn until the next row of its period. */
@Entity
@Table(name = "resultado_historial")
public class ResultadoHistorialEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "indicador_id")
    public UUID indicadorId;
    public int ejercicio;
    public int trimestre;
    /** An embeddable (META-INF/orm.xml): the domain record, stored in this table's columns. */
    public ValorResultado valor;
    @Column(name = "registrado_en")
    public OffsetDateTime registradoEn;
}
