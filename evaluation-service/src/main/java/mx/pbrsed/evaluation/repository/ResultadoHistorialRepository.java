package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Proyeccion;
import mx.pbrsed.evaluation.domain.ValorResultado;
import org.hibernate.Session;

@ApplicationScoped
public class ResultadoHistorialRepository implements PanacheRepository<ResultadoHistorialEntity> {

    /** A value a result took, and when. */
    public record Cambio(PeriodoId periodo, ValorResultado valor, OffsetDateTime registradoEn) {
    }

    /**
     * Appends the changes in their order, as one batch of inserts: the identity key would make
     * Hibernate insert one row per round trip. Ids grow in that order, so a later change of a
     * period gets a higher id.
     */
    public void registrarTodos(List<Cambio> cambios) {
        if (cambios.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(conexion -> {
            try (PreparedStatement insert = conexion.prepareStatement("""
                    insert into resultado_historial (indicador_id, ejercicio, trimestre, estado, logro, meta_programada,
                        avance_porcentaje, semaforo, traza_logro, traza_meta, traza_avance, definicion_version,
                        captura_version, captura_estado, tardia, preliminar, falta_justificacion, registrado_en,
                        logro_proyectado, meta_anual, avance_proyectado_porcentaje, semaforo_proyectado, traza_proyeccion)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Cambio cambio : cambios) {
                    ValorResultado v = cambio.valor();
                    insert.setObject(1, cambio.periodo().indicadorId());
                    insert.setInt(2, cambio.periodo().ejercicio());
                    insert.setInt(3, cambio.periodo().trimestre());
                    insert.setString(4, v.estado() == null ? null : v.estado().name());
                    insert.setBigDecimal(5, v.logro());
                    insert.setBigDecimal(6, v.metaProgramada());
                    insert.setBigDecimal(7, v.avancePorcentaje());
                    insert.setString(8, v.semaforo() == null ? null : v.semaforo().name());
                    insert.setString(9, v.trazaLogro());
                    insert.setString(10, v.trazaMeta());
                    insert.setString(11, v.trazaAvance());
                    insert.setInt(12, v.definicionVersion());
                    if (v.capturaVersion() == null) {
                        insert.setNull(13, Types.INTEGER);
                    } else {
                        insert.setInt(13, v.capturaVersion());
                    }
                    insert.setString(14, v.capturaEstado());
                    insert.setBoolean(15, v.tardia());
                    insert.setBoolean(16, v.preliminar());
                    insert.setBoolean(17, v.faltaJustificacion());
                    insert.setObject(18, cambio.registradoEn());
                    Proyeccion p = v.proyeccion();
                    insert.setBigDecimal(19, p == null ? null : p.logroProyectado());
                    insert.setBigDecimal(20, p == null ? null : p.metaAnual());
                    insert.setBigDecimal(21, p == null ? null : p.avanceProyectadoPorcentaje());
                    insert.setString(22, p == null ? null : p.semaforoProyectado().name());
                    insert.setString(23, p == null ? null : p.traza());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The value each period of the indicator had at {@code instante}. Rows of one indicator are
     * written under its lock, so within a period a higher id is a later change.
     */
    public List<ResultadoHistorialEntity> conocidosEn(UUID indicadorId, OffsetDateTime instante) {
        return list("""
                from ResultadoHistorialEntity h
                where h.indicadorId = ?1 and h.id = (
                    select max(u.id) from ResultadoHistorialEntity u
                    where u.indicadorId = h.indicadorId and u.ejercicio = h.ejercicio and u.trimestre = h.trimestre
                      and u.registradoEn <= ?2)
                order by h.ejercicio, h.trimestre""", indicadorId, instante);
    }
}
