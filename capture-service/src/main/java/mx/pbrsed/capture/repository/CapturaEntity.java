package mx.pbrsed.capture.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.CadenaCaptura;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.domain.EvidenciaAdjunta;
import mx.pbrsed.capture.domain.ValoresMes;
import mx.pbrsed.capture.domain.VersionCaptura;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

@Entity
@Table(name = "captura")
public class CapturaEntity {
    @Id
    public UUID id;
    @Column(name = "indicador_id")
    public UUID indicadorId;
    public int ejercicio;
    public int trimestre;
    public int version;
    @Enumerated(EnumType.STRING)
    public EstadoCaptura estado;
    @Column(name = "definicion_version")
    public int definicionVersion;
    /**
     * Replaced, never changed in place: Hibernate need not copy it through JSON on every load
     * to detect a change.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ValoresMes> valores;
    @Column(name = "analisis_logro")
    public String analisisLogro;
    @Column(name = "justificacion_variacion")
    public String justificacionVariacion;
    public boolean preliminar;
    public boolean tardia;
    @Column(name = "dias_retraso")
    public int diasRetraso;
    @Column(name = "capturado_por")
    public String capturadoPor;
    @Column(name = "capturado_en")
    public OffsetDateTime capturadoEn;
    /** State changes of this version; 0 while ENVIADA. */
    public int revision;
    @Column(name = "validado_por")
    public String validadoPor;
    @Column(name = "validado_en")
    public OffsetDateTime validadoEn;
    public String comentario;
    /** SHA-256 of the canonical content, {@link mx.pbrsed.capture.domain.CadenaCaptura}. */
    public String hash;
    /** The period's previous version's hash; null for version 1. */
    @Column(name = "hash_anterior")
    public String hashAnterior;

    /** A new version, sealed: it has no evidence file yet. */
    public static CapturaEntity de(VersionCaptura v, String hashAnterior) {
        var c = new CapturaEntity();
        c.id = v.id();
        c.indicadorId = v.indicadorId();
        c.ejercicio = v.ejercicio();
        c.trimestre = v.trimestre();
        c.version = v.version();
        c.definicionVersion = v.definicionVersion();
        c.valores = v.valores();
        c.analisisLogro = v.analisisLogro();
        c.justificacionVariacion = v.justificacionVariacion();
        c.preliminar = v.preliminar();
        c.tardia = v.tardia();
        c.diasRetraso = v.diasRetraso();
        c.capturadoPor = v.capturadoPor();
        c.capturadoEn = v.capturadoEn();
        c.hashAnterior = hashAnterior;
        c.revisar(v, List.of());
        return c;
    }

    /**
     * Takes a review's outcome, and seals the version again with the files attached to it: the rest of
     * a version never changes, and only a period's latest version is reviewed, so none links to it yet.
     */
    public void revisar(VersionCaptura revisada, List<EvidenciaAdjunta> evidencias) {
        estado = revisada.estado();
        revision = revisada.revision();
        validadoPor = revisada.validadoPor();
        validadoEn = revisada.validadoEn();
        comentario = revisada.comentario();
        sellar(evidencias);
    }

    /** Its hash over what it holds now, with these files attached; its link to the previous version stays. */
    public void sellar(List<EvidenciaAdjunta> evidencias) {
        hash = CadenaCaptura.hash(aDominio(), evidencias, hashAnterior);
    }

    public VersionCaptura aDominio() {
        return new VersionCaptura(id, indicadorId, definicionVersion, ejercicio, trimestre, version, estado, valores,
                analisisLogro, justificacionVariacion, preliminar, tardia, diasRetraso, capturadoPor, capturadoEn, revision,
                validadoPor, validadoEn, comentario);
    }
}
