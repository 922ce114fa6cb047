package mx.pbrsed.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One rebuild asked for over REST: who, when, and what it did once it ended. */
@Entity
@Table(name = "reconstruccion")
public class ReconstruccionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String origen;
    @Column(name = "solicitado_por")
    public String solicitadoPor;
    @Column(name = "solicitado_en")
    public OffsetDateTime solicitadoEn;
    @Column(name = "terminado_en")
    public OffsetDateTime terminadoEn;
    public Integer indicadores;
    @Column(name = "resultados_cambiados")
    public Long resultadosCambiados;
    @Column(name = "eventos_leidos")
    public Long eventosLeidos;
    @Column(name = "eventos_rechazados")
    public Long eventosRechazados;
}
