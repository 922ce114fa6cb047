package mx.pbrsed.catalog.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Monthly metas, as approved with the budget and as amended. Progress is measured against the
 * modificadas; the modificada of December is the meta anual. Each list is kept sorted by month.
 */
public record MetasCalendarizadas(List<MetaMensual> aprobadas, List<MetaMensual> modificadas) {

    public static final String CAMPO = "metasCalendarizadas";
    public static final String CAMPO_APROBADAS = CAMPO + ".aprobadas";
    public static final String CAMPO_MODIFICADAS = CAMPO + ".modificadas";

    private static final int MES_META_ANUAL = 12;

    public MetasCalendarizadas {
        aprobadas = ordenadasSinRepetir(aprobadas, CAMPO_APROBADAS);
        modificadas = ordenadasSinRepetir(modificadas, CAMPO_MODIFICADAS);
    }

    /** Also checks that every meta is over declared variables. */
    public static MetasCalendarizadas de(List<MetaMensual> aprobadas, List<MetaMensual> modificadas,
            Set<String> variablesDeclaradas) {
        Objects.requireNonNull(variablesDeclaradas, "variablesDeclaradas");
        MetasCalendarizadas metas = new MetasCalendarizadas(aprobadas, modificadas);
        soloVariablesDeclaradas(metas.aprobadas(), variablesDeclaradas, CAMPO_APROBADAS);
        soloVariablesDeclaradas(metas.modificadas(), variablesDeclaradas, CAMPO_MODIFICADAS);
        return metas;
    }

    /**
     * As {@link #de}, and moreover: no meta in a month the frecuencia does not measure (it could
     * never be compared with a captura), and a meta modificada in month 12, the meta anual.
     */
    public static MetasCalendarizadas validar(List<MetaMensual> aprobadas, List<MetaMensual> modificadas,
            Set<String> variablesDeclaradas, Frecuencia frecuencia) {
        Objects.requireNonNull(frecuencia, "frecuencia");
        MetasCalendarizadas metas = de(aprobadas, modificadas, variablesDeclaradas);
        soloMesesDeMedicion(metas.aprobadas(), frecuencia, CAMPO_APROBADAS);
        soloMesesDeMedicion(metas.modificadas(), frecuencia, CAMPO_MODIFICADAS);
        if (metas.metaAnual().isEmpty()) {
            throw new DefinicionInvalidaException(CAMPO_MODIFICADAS,
                    "Falta la meta modificada del mes " + MES_META_ANUAL + ", que es la meta anual");
        }
        return metas;
    }

    /** The meta modificada of month 12; always present once {@link #validar} accepted the metas. */
    public Optional<MetaMensual> metaAnual() {
        return modificadas.stream().filter(meta -> meta.mes() == MES_META_ANUAL).findFirst();
    }

    private static List<MetaMensual> ordenadasSinRepetir(List<MetaMensual> metas, String campo) {
        if (metas == null) {
            throw new DefinicionInvalidaException(campo, "Falta la lista de metas (puede estar vacía)");
        }
        if (metas.stream().anyMatch(Objects::isNull)) {
            throw new DefinicionInvalidaException(campo, "Hay una meta nula");
        }
        List<MetaMensual> ordenadas = new ArrayList<>(metas);
        ordenadas.sort(Comparator.comparingInt(MetaMensual::mes));
        Set<Integer> meses = new HashSet<>();
        for (MetaMensual meta : ordenadas) {
            if (!meses.add(meta.mes())) {
                throw new DefinicionInvalidaException(campo, "El mes " + meta.mes() + " tiene más de una meta");
            }
        }
        return List.copyOf(ordenadas);
    }

    private static void soloVariablesDeclaradas(List<MetaMensual> metas, Set<String> variablesDeclaradas,
            String campo) {
        for (MetaMensual meta : metas) {
            for (String variable : meta.valores().keySet()) {
                if (!variablesDeclaradas.contains(variable)) {
                    throw new DefinicionInvalidaException(campo, "La meta del mes " + meta.mes()
                            + " usa la variable " + variable + ", que no está declarada");
                }
            }
        }
    }

    private static void soloMesesDeMedicion(List<MetaMensual> metas, Frecuencia frecuencia, String campo) {
        for (MetaMensual meta : metas) {
            if (!frecuencia.mesesDeMedicion().contains(meta.mes())) {
                throw new DefinicionInvalidaException(campo, "Un indicador de frecuencia " + frecuencia
                        + " no mide en el mes " + meta.mes() + "; sus meses de medición son "
                        + frecuencia.mesesDeMedicion().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
    }
}
