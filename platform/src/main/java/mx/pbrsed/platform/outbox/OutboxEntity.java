package mx.pbrsed.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A queued event; set aside (descartado) instead of published when the broker can never take it. */
@Entity
@Table(name = "outbox")
public class OutboxEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String topic;
    public String clave;
    public String payload;
    @Column(name = "creado_en")
    public OffsetDateTime creadoEn;
    @Column(name = "publicado_en")
    public OffsetDateTime publicadoEn;
    @Column(name = "ce_id")
    public UUID ceId;
    @Column(name = "ce_type")
    public String ceType;
    @Column(name = "ce_time")
    public OffsetDateTime ceTime;
    @Column(name = "ce_dataschema")
    public String ceDataschema;
    public String traceparent;
    public String tracestate;
    @Column(name = "descartado_en")
    public OffsetDateTime descartadoEn;
    @Column(name = "razon_descarte")
    public String razonDescarte;
}
