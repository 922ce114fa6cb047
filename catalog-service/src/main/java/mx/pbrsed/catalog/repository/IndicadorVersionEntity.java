package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.catalog.domain.EstadoIndicador;

@Entity
@Table(name = "indicador_version")
@IdClass(IndicadorVersionEntity.Clave.class)
public class IndicadorVersionEntity {
    @Id
    @Column(name = "indicador_id")
    public UUID indicadorId;
    @Id
    public int version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objetivo_id")
    public ObjetivoEntity objetivo;
    @Enumerated(EnumType.STRING)
    public EstadoIndicador estado;
    @Column(name = "vigente_desde")
    public LocalDate vigenteDesde;
    @Embedded
    public Ficha ficha;
    /** The published event, exactly as consumers received it. */
    public String definicion;
    @Column(name = "publicado_en")
    public OffsetDateTime publicadoEn;
    /** The token subject that made this version; null for versions made before tokens were required. */
    @Column(name = "registrado_por")
    public String registradoPor;

    public record Clave(UUID indicadorId, int version) implements Serializable {
    }
}
