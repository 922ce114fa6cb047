package mx.pbrsed.capture.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The local replica of a program, as last published by the catalog. */
@Entity
@Table(name = "programa")
public class ProgramaEntity {
    @Id
    public UUID id;
    public int version;
    public int ejercicio;
    public String clave;
    public String nombre;
    /** Its clave; null for a program replicated before it was kept (V8) whose indicators did not tell. */
    @Column(name = "unidad_responsable")
    public String unidadResponsable;
    @Column(name = "presupuesto_aprobado")
    public BigDecimal presupuestoAprobado;
    @Column(name = "presupuesto_modificado")
    public BigDecimal presupuestoModificado;
    @Column(name = "actualizado_en")
    public OffsetDateTime actualizadoEn;
}
