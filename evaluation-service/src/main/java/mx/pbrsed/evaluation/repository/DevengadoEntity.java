package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The devengado accrued from January to the end of the quarter, as last captured. */
@Entity
@Table(name = "devengado")
@IdClass(DevengadoId.class)
public class DevengadoEntity {
    @Id
    public int ejercicio;
    @Id
    @Column(name = "programa_clave")
    public String programaClave;
    @Id
    public int trimestre;
    public int version;
    @Column(name = "devengado_acumulado")
    public BigDecimal devengadoAcumulado;
    @Column(name = "capturado_por")
    public String capturadoPor;
    @Column(name = "capturado_en")
    public OffsetDateTime capturadoEn;
}
