package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "indicador")
public class IndicadorEntity {
    @Id
    public UUID id;
    public int version;
    public String estado;
    public int ejercicio;
    @Column(name = "programa_clave")
    public String programaClave;
    public String nivel;
    public String nombre;
    public String tipo;
    public String dimension;
    public String comportamiento;
    public String frecuencia;
    @Column(name = "unidad_medida")
    public String unidadMedida;
    /** The published event (JSON) of this version. */
    public String definicion;
    @Column(name = "actualizado_en")
    public OffsetDateTime actualizadoEn;
}
