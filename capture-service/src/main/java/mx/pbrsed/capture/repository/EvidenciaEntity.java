package mx.pbrsed.capture.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

@Entity
@Table(name = "evidencia")
public class EvidenciaEntity {
    @Id
    public UUID id;
    @Column(name = "captura_id")
    public UUID capturaId;
    @Column(name = "indicador_id")
    public UUID indicadorId;
    public int ejercicio;
    public int trimestre;
    @Column(name = "captura_version")
    public int capturaVersion;
    public String nombre;
    @Column(name = "tipo_contenido")
    public String tipoContenido;
    public long tamano;
    public String sha256;
    /**
     * Never changed once stored: immutable for Hibernate, which then keeps no copy of megabytes as the
     * entity's snapshot when it is persisted or loaded.
     */
    @Mutability(Immutability.class)
    public byte[] contenido;
    @Column(name = "subido_por")
    public String subidoPor;
    @Column(name = "subido_en")
    public OffsetDateTime subidoEn;
}
