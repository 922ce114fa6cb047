package mx.pbrsed.capture.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A write's Idempotency-Key with the SHA-256 of its body and the answer it got. */
@Entity
@Table(name = "idempotencia")
public class IdempotenciaEntity {
    @Id
    public String clave;
    public String operacion;
    public String huella;
    /** Null while the first request is still in its transaction. */
    public Integer estado;
    public String ubicacion;
    public String cuerpo;
    @Column(name = "creado_en")
    public OffsetDateTime creadoEn;
}
