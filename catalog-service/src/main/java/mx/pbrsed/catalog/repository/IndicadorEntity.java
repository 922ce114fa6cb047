package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.catalog.domain.EstadoIndicador;

/** An indicator as its latest version defines it; {@link IndicadorVersionEntity} keeps every version. */
@Entity
@Table(name = "indicador")
public class IndicadorEntity {
    @Id
    public UUID id;
    /** Unique within the program (FIN-1): how a whole-program document names it. */
    public String clave;
    /** The objective's program, which never changes; it makes the clave unique. */
    @Column(name = "programa_id")
    public UUID programaId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objetivo_id")
    public ObjetivoEntity objetivo;
    public int version;
    @Enumerated(EnumType.STRING)
    public EstadoIndicador estado;
    @Column(name = "vigente_desde")
    public LocalDate vigenteDesde;
    @Embedded
    public Ficha ficha;
    @Column(name = "actualizado_en")
    public OffsetDateTime actualizadoEn;
    /** The token subject that made the latest version. */
    @Column(name = "registrado_por")
    public String registradoPor;
}
