package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import mx.pbrsed.catalog.domain.TipoReferencia;

/** An entry of a reference catalogue; ramoClave only for a unidad responsable. */
@Entity
@Table(name = "referencia")
@IdClass(ReferenciaEntity.Clave.class)
public class ReferenciaEntity {
    @Id
    @Enumerated(EnumType.STRING)
    public TipoReferencia tipo;
    @Id
    public String clave;
    public String nombre;
    @Column(name = "ramo_clave")
    public String ramoClave;
    @Column(name = "retirado_en")
    public OffsetDateTime retiradoEn;
    /** Token subjects; the seeded entries have none. */
    @Column(name = "registrado_por")
    public String registradoPor;
    @Column(name = "retirado_por")
    public String retiradoPor;

    public record Clave(TipoReferencia tipo, String clave) implements Serializable {
    }
}
