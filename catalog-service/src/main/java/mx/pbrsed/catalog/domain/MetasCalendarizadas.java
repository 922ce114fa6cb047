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
     * As {@link #de}, and moreover the metas follow the frecuencia in the programa's ejercicio
     * (SPEC rule 9): no meta in a month it does not measure (it could never be compared with a
     * captura), a meta modificada in every month it measures (progress is measured against them),
     * and the aprobadas, when given, for every such month too (an approved calendar is whole). An
     * ejercicio a multi-year frecuencia skips has no metas at all.
     */
    public static MetasCalendarizadas validar(List<MetaMensual> aprobadas, List<MetaMensual> modificadas,
            Set<String> variablesDeclaradas, Frecuencia frecuencia, int ejercicio, Integer anioLineaBase) {
        Objects.requireNonNull(frecuencia, "frecuencia");
        Set<Integer> meses = frecuencia.mesesDeMedicion(ejercicio, anioLineaBase);
        MetasCalendarizadas metas = de(aprobadas, modificadas, variablesDeclaradas);
        String medicion = meses.isEmpty()
                ? "no se mide en el ejercicio " + ejercicio + " (línea base " + anioLineaBase + ", cada "
                        + frecuencia.periodoAnios() + " años)"
                : "sus meses de medición son " + meses.stream().map(String::valueOf).collect(Collectors.joining(", "));
        soloMesesDeMedicion(metas.aprobadas(), frecuencia, meses, medicion, CAMPO_APROBADAS);
        soloMesesDeMedicion(metas.modificadas(), frecuencia, meses, medicion, CAMPO_MODIFICADAS);
        todosLosMesesDeMedicion(metas.modificadas(), frecuencia, meses, medicion, CAMPO_MODIFICADAS, "modificada");
        if (!metas.aprobadas().isEmpty()) {
            todosLosMesesDeMedicion(metas.aprobadas(), frecuencia, meses, medicion, CAMPO_APROBADAS, "aprobada");
        }
        return metas;
    }

    /** The meta modificada of month 12; present once {@link #validar} accepted the metas of a measured ejercicio. */
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

    private static void soloMesesDeMedicion(List<MetaMensual> metas, Frecuencia frecuencia, Set<Integer> meses,
            String medicion, String campo) {
        for (MetaMensual meta : metas) {
            if (!meses.contains(meta.mes())) {
                throw new DefinicionInvalidaException(campo, "Un indicador de frecuencia " + frecuencia
                        + " no mide en el mes " + meta.mes() + "; " + medicion);
            }
        }
    }

    private static void todosLosMesesDeMedicion(List<MetaMensual> metas, Frecuencia frecuencia, Set<Integer> meses,
            String medicion, String campo, String cual) {
        Set<Integer> conMeta = metas.stream().map(MetaMensual::mes).collect(Collectors.toSet());
        for (int mes : meses) {
            if (!conMeta.contains(mes)) {
                throw new DefinicionInvalidaException(campo, "Falta la meta " + cual + " del mes " + mes
                        + ": un indicador de frecuencia " + frecuencia + " se mide en él; " + medicion);
            }
        }
    }
}
