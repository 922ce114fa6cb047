package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class CalendarioVentanaRepository implements PanacheRepositoryBase<CalendarioVentanaEntity, CalendarioVentanaEntity.Clave> {

    public List<CalendarioVentanaEntity> delEjercicio(int ejercicio) {
        return list("clave.ejercicio = ?1 order by clave.trimestre", ejercicio);
    }

    /** An upsert, so two administrators saving at once do not collide on the key. */
    public void guardar(int ejercicio, int trimestre, LocalDate abre, LocalDate cierra, String actualizadoPor,
                        OffsetDateTime actualizadoEn) {
        getEntityManager().createNativeQuery("""
                        insert into calendario_ventana (ejercicio, trimestre, abre, cierra, actualizado_por, actualizado_en)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (ejercicio, trimestre) do update
                        set abre = excluded.abre, cierra = excluded.cierra,
                            actualizado_por = excluded.actualizado_por, actualizado_en = excluded.actualizado_en""")
                .setParameter(1, ejercicio).setParameter(2, trimestre).setParameter(3, abre).setParameter(4, cierra)
                .setParameter(5, actualizadoPor).setParameter(6, actualizadoEn)
                .executeUpdate();
    }
}
