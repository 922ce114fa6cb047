package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "programa")
public class ProgramaEntity {
    @Id
    public UUID id;
    public int ejercicio;
    public String clave;
    /** Increments with each published change. */
    public int version;
    public String nombre;
    @Column(name = "ramo_clave")
    public String ramoClave;
    @Column(name = "ramo_nombre")
    public String ramoNombre;
    @Column(name = "ur_clave")
    public String urClave;
    @Column(name = "ur_nombre")
    public String urNombre;
    @Column(name = "presupuesto_aprobado")
    public BigDecimal presupuestoAprobado;
    @Column(name = "presupuesto_modificado")
    public BigDecimal presupuestoModificado;
    @Column(name = "creado_en")
    public OffsetDateTime creadoEn;
    /** When and by which token subject the current version was made. */
    @Column(name = "actualizado_en")
    public OffsetDateTime actualizadoEn;
    @Column(name = "registrado_por")
    public String registradoPor;

    @OneToMany(mappedBy = "programa")
    @OrderBy("nivel, id")
    public List<ObjetivoEntity> objetivos = new ArrayList<>();
}
