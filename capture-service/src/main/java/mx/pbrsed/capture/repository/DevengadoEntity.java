package mx.pbrsed.capture.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.capture.domain.VersionDevengado;

@Entity
@Table(name = "devengado")
public class DevengadoEntity {
    @Id
    public UUID id;
    public int ejercicio;
    @Column(name = "programa_clave")
    public String programaClave;
    public int trimestre;
    public int version;
    @Column(name = "devengado_acumulado")
    public BigDecimal devengadoAcumulado;
    @Column(name = "capturado_por")
    public String capturadoPor;
    @Column(name = "capturado_en")
    public OffsetDateTime capturadoEn;

    public VersionDevengado aDominio() {
        return new VersionDevengado(id, ejercicio, programaClave, trimestre, version, devengadoAcumulado, capturadoPor,
                capturadoEn);
    }
}
