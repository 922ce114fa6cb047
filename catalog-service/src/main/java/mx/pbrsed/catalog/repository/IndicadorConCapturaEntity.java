package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An indicator with at least one captura; registradaEn is when the catalog learned of the first. */
@Entity
@Table(name = "indicador_con_captura")
public class IndicadorConCapturaEntity {
    @Id
    @Column(name = "indicador_id")
    public UUID indicadorId;
    @Column(name = "registrada_en")
    public OffsetDateTime registradaEn;
}
