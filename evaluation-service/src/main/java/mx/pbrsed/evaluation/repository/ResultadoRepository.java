package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;

@ApplicationScoped
public class ResultadoRepository implements PanacheRepositoryBase<ResultadoEntity, PeriodoId> {
    public List<ResultadoEntity> delIndicador(UUID indicadorId) {
        return list("indicadorId = ?1 order by ejercicio, trimestre", indicadorId);
    }

    /** Every result of the indicators, of every ejercicio. */
    public List<ResultadoEntity> deIndicadores(Collection<UUID> indicadores) {
        return indicadores.isEmpty() ? List.of() : list("indicadorId in ?1", indicadores);
    }

    public List<ResultadoEntity> deIndicadores(Collection<UUID> indicadores, int ejercicio) {
        return list("indicadorId in ?1 and ejercicio = ?2", indicadores, ejercicio);
    }

    /** Which results at risk to read: null admits any. */
    public record FiltroRiesgo(int ejercicio, Integer trimestre, String ramo, String unidadResponsable,
                               String programa, Color semaforoProyectado) {
    }

    /** A result at risk with its indicator and, when the catalog's programa is known, its ramo and UR. */
    public record EnRiesgo(ResultadoEntity resultado, IndicadorEntity indicador, String ramo, String unidadResponsable) {
    }

    /**
     * The current results whose projected colour is not VERDE, of indicators in force, in the order
     * of period, program, name and id; {@code desde} rows skipped, at most {@code cuantos}.
     */
    public List<EnRiesgo> enRiesgo(FiltroRiesgo filtro, int desde, int cuantos) {
        return consultaEnRiesgo("select r, i, p.ramoClave, p.urClave", filtro,
                " order by r.trimestre, i.programaClave, i.nombre, i.id", Object[].class)
                .setFirstResult(desde).setMaxResults(cuantos)
                .getResultStream()
                .map(f -> new EnRiesgo((ResultadoEntity) f[0], (IndicadorEntity) f[1], (String) f[2], (String) f[3]))
                .toList();
    }

    public long contarEnRiesgo(FiltroRiesgo filtro) {
        return consultaEnRiesgo("select count(r)", filtro, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> consultaEnRiesgo(String seleccion, FiltroRiesgo filtro, String orden, Class<T> tipo) {
        StringBuilder jpql = new StringBuilder(seleccion).append('\n').append("""
                 from ResultadoEntity r
                 join IndicadorEntity i on i.id = r.indicadorId
                 left join ProgramaEntity p on p.ejercicio = i.ejercicio and p.clave = i.programaClave
                 where r.ejercicio = :ejercicio and i.estado <> 'RETIRADO'
                   and r.valor.proyeccion.semaforoProyectado is not null""");
        Map<String, Object> parametros = new HashMap<>();
        parametros.put("ejercicio", filtro.ejercicio());
        if (filtro.semaforoProyectado() == null) {
            jpql.append(" and r.valor.proyeccion.semaforoProyectado <> :verde");
            parametros.put("verde", Color.VERDE);
        } else {
            jpql.append(" and r.valor.proyeccion.semaforoProyectado = :semaforo");
            parametros.put("semaforo", filtro.semaforoProyectado());
        }
        if (filtro.trimestre() != null) {
            jpql.append(" and r.trimestre = :trimestre");
            parametros.put("trimestre", filtro.trimestre());
        }
        if (filtro.programa() != null) {
            jpql.append(" and i.programaClave = :programa");
            parametros.put("programa", filtro.programa());
        }
        if (filtro.ramo() != null) {
            jpql.append(" and p.ramoClave = :ramo");
            parametros.put("ramo", filtro.ramo());
        }
        if (filtro.unidadResponsable() != null) {
            jpql.append(" and p.urClave = :ur");
            parametros.put("ur", filtro.unidadResponsable());
        }
        TypedQuery<T> consulta = getEntityManager().createQuery(jpql.append(orden).toString(), tipo);
        parametros.forEach(consulta::setParameter);
        return consulta;
    }

    /**
     * Of a UR's indicator-periods before Q4 (those that can have a projection), how many are at
     * risk, 0 included; ur is null while its programa is unknown.
     */
    public record RiesgoPorUr(String ur, int ejercicio, int trimestre, long enRiesgo) {
    }

    public List<RiesgoPorUr> riesgoPorUr() {
        return getEntityManager().createQuery("""
                        select p.urClave, r.ejercicio, r.trimestre,
                               sum(case when r.valor.proyeccion.semaforoProyectado is not null
                                        and r.valor.proyeccion.semaforoProyectado <> :verde then 1 else 0 end)
                        from ResultadoEntity r
                        join IndicadorEntity i on i.id = r.indicadorId
                        left join ProgramaEntity p on p.ejercicio = i.ejercicio and p.clave = i.programaClave
                        where r.trimestre < 4 and i.estado <> 'RETIRADO'
                        group by p.urClave, r.ejercicio, r.trimestre""", Object[].class)
                .setParameter("verde", Color.VERDE)
                .getResultStream()
                .map(f -> new RiesgoPorUr((String) f[0], (Integer) f[1], (Integer) f[2], ((Number) f[3]).longValue()))
                .toList();
    }

    /** How many current results a period has of one semáforo colour; null: results without one. */
    public record PorSemaforo(int ejercicio, int trimestre, Color semaforo, long resultados) {
    }

    public List<PorSemaforo> porSemaforo() {
        return getEntityManager().createQuery("select r.ejercicio, r.trimestre, r.valor.semaforo, count(r)"
                        + " from ResultadoEntity r group by r.ejercicio, r.trimestre, r.valor.semaforo", Object[].class)
                .getResultStream()
                .map(f -> new PorSemaforo((Integer) f[0], (Integer) f[1], (Color) f[2], (Long) f[3]))
                .toList();
    }
}
