package mx.pbrsed.capture.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One trimestre's window of an ejercicio whose calendar an administrator set. */
@Entity
@Table(name = "calendario_ventana")
public class CalendarioVentanaEntity {
    @EmbeddedId
    public Clave clave;
    public LocalDate abre;
    public LocalDate cierra;
    @Column(name = "actualizado_por")
    public String actualizadoPor;
    @Column(name = "actualizado_en")
    public OffsetDateTime actualizadoEn;

    @Embeddable
    public record Clave(int ejercicio, int trimestre) implements Serializable {
    }
}
