package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "indicador_version")
@IdClass(IndicadorVersionEntity.Clave.class)
public class IndicadorVersionEntity {
    @Id
    @Column(name = "indicador_id")
    public UUID indicadorId;
    @Id
    public int version;
    /** The published event, exactly as consumers received it. */
    public String definicion;
    @Column(name = "publicado_en")
    public OffsetDateTime publicadoEn;

    public record Clave(UUID indicadorId, int version) implements Serializable {
    }
}
