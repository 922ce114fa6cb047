package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.MetaMensual;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an indicator's metas modificadas, made by the version it names. */
@Entity
@Table(name = "meta_modificacion")
public class MetaModificacionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "indicador_id")
    public UUID indicadorId;
    public int version;
    @Column(name = "modificado_por")
    public String modificadoPor;
    @Column(name = "modificado_en")
    public OffsetDateTime modificadoEn;
    public String justificacion;
    /** The token subject that sent the change, beside the author the change names (modificadoPor). */
    @Column(name = "registrado_por")
    public String registradoPor;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<MetaMensual> antes;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<MetaMensual> despues;
}
