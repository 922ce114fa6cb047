package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.pbrsed.catalog.domain.FiltroIndicadores;

@ApplicationScoped
public class IndicadorRepository implements PanacheRepositoryBase<IndicadorEntity, UUID> {
    /** The column holds the level's name, which sorts otherwise: FIN, PROPOSITO, COMPONENTE, ACTIVIDAD. */
    private static final String ORDEN_MIR = "case o.nivel when mx.pbrsed.catalog.domain.Nivel.FIN then 0"
            + " when mx.pbrsed.catalog.domain.Nivel.PROPOSITO then 1 when mx.pbrsed.catalog.domain.Nivel.COMPONENTE then 2"
            + " else 3 end";

    /** By MIR level (FIN first, as Nivel declares it; the column holds names, which sort otherwise), then nombre. */
    public List<IndicadorEntity> delPrograma(UUID programaId) {
        return list("objetivo.programa.id = ?1 order by ficha.nombre", programaId).stream()
                .sorted(Comparator.comparing((IndicadorEntity i) -> i.objetivo.nivel))
                .toList();
    }

    public Set<String> clavesDelPrograma(UUID programaId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select i.clave from IndicadorEntity i where i.programaId = ?1", String.class)
                .setParameter(1, programaId).getResultList());
    }

    public Optional<IndicadorEntity> buscarPorClave(UUID programaId, String clave) {
        return find("programaId = ?1 and clave = ?2", programaId, clave).firstResultOptional();
    }

    /** A page of the indicators that pass the filter, by ejercicio, programa, MIR level and clave. */
    public List<IndicadorEntity> consultar(FiltroIndicadores filtro, int page, int size) {
        Map<String, Object> parametros = new HashMap<>();
        String donde = donde(filtro, parametros);
        return find("from IndicadorEntity i join fetch i.objetivo o join fetch o.programa p" + donde
                + " order by p.ejercicio, p.clave, " + ORDEN_MIR + ", i.clave", parametros).page(page, size).list();
    }

    public long contar(FiltroIndicadores filtro) {
        Map<String, Object> parametros = new HashMap<>();
        return count("from IndicadorEntity i join i.objetivo o join o.programa p" + donde(filtro, parametros), parametros);
    }

    private static String donde(FiltroIndicadores filtro, Map<String, Object> parametros) {
        List<String> condiciones = new ArrayList<>();
        condicion(condiciones, parametros, "p.ejercicio", "ejercicio", filtro.ejercicio());
        condicion(condiciones, parametros, "p.ramoClave", "ramo", filtro.ramo());
        condicion(condiciones, parametros, "p.urClave", "ur", filtro.ur());
        condicion(condiciones, parametros, "p.clave", "programa", filtro.programa());
        condicion(condiciones, parametros, "o.nivel", "nivel", filtro.nivel());
        condicion(condiciones, parametros, "i.ficha.tipo", "tipo", filtro.tipo());
        return condiciones.isEmpty() ? "" : " where " + String.join(" and ", condiciones);
    }

    private static void condicion(List<String> condiciones, Map<String, Object> parametros, String ruta, String nombre,
                                  Object valor) {
        if (valor != null) {
            condiciones.add(ruta + " = :" + nombre);
            parametros.put(nombre, valor);
        }
    }
}
