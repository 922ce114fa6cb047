package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Nivel;

@Entity
@Table(name = "objetivo")
public class ObjetivoEntity {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programa_id")
    public ProgramaEntity programa;
    /** Unique within the program: how a whole-program document names it (FIN, PROPOSITO, C1, C1.A1). */
    public String clave;
    @Enumerated(EnumType.STRING)
    public Nivel nivel;
    @Column(name = "resumen_narrativo")
    public String resumenNarrativo;
    public String responsable;
    @Column(name = "padre_id")
    public UUID padreId;
    /** The token subject that added the objective or last changed its texts. */
    @Column(name = "registrado_por")
    public String registradoPor;
}
