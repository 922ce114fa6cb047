package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The record of overdue announcements; plain SQL, since the insert itself decides what is new. */
@ApplicationScoped
public class CapturaVencidaRepository {

    /**
     * Records as overdue every VIGENTE indicator of the ejercicio and frecuencia, with no captura for
     * the trimestre and not recorded before, and returns their ids. A concurrent check waits on the
     * key and then skips what this one recorded. Of a multi-year frecuencia (periodoAnios over 1) only
     * the indicators whose ejercicio its period reaches from their línea base: the domain's
     * {@code Frecuencia.mideEnEjercicio}, in SQL.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> registrarNuevas(int ejercicio, int trimestre, String frecuencia, int periodoAnios,
                                      LocalDate ventanaCierra, OffsetDateTime detectadoEn) {
        return Panache.getEntityManager().createNativeQuery("""
                        insert into captura_vencida (indicador_id, ejercicio, trimestre, ventana_cierra, detectado_en)
                        select i.id, i.ejercicio, ?2, ?4, ?5
                          from indicador i
                         where i.estado = 'VIGENTE' and i.ejercicio = ?1 and i.frecuencia = ?3
                           and (i.anio_linea_base is null or mod(i.ejercicio - i.anio_linea_base, ?6) = 0)
                           and not exists (select 1 from captura c
                                            where c.indicador_id = i.id and c.ejercicio = ?1 and c.trimestre = ?2)
                        on conflict do nothing
                        returning indicador_id""", UUID.class)
                .setParameter(1, ejercicio).setParameter(2, trimestre).setParameter(3, frecuencia)
                .setParameter(4, ventanaCierra).setParameter(5, detectadoEn).setParameter(6, periodoAnios)
                .getResultList();
    }
}
