package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ResultadoHistorialRepository implements PanacheRepository<ResultadoHistorialEntity> {

    public void registrar(ResultadoEntity resultado) {
        var registro = new ResultadoHistorialEntity();
        registro.indicadorId = resultado.indicadorId;
        registro.ejercicio = resultado.ejercicio;
        registro.trimestre = resultado.trimestre;
        registro.valor = resultado.valor;
        registro.registradoEn = resultado.calculadoEn;
        persist(registro);
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
