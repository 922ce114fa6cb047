package mx.pbrsed.capture.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.Frecuencia;
import mx.pbrsed.capture.domain.Indicador;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** The local replica of an indicator definition, as last published by the catalog. */
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
    @Column(name = "unidad_responsable")
    public String unidadResponsable;
    public String nombre;
    @Enumerated(EnumType.STRING)
    public Frecuencia frecuencia;
    @Column(name = "anio_linea_base")
    public Integer anioLineaBase;
    /** Replaced, never changed in place (see {@link CapturaEntity#valores}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> variables;
    @Column(name = "actualizado_en")
    public OffsetDateTime actualizadoEn;

    public Indicador aDominio() {
        return new Indicador(id, version, estado, ejercicio, programaClave, unidadResponsable, nombre, frecuencia, anioLineaBase, variables);
    }
}
