package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "evento_procesado")
public class EventoProcesadoEntity {
    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "procesado_en")
    public OffsetDateTime procesadoEn;
}
