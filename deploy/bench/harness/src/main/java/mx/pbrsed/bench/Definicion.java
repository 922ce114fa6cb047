package mx.pbrsed.bench;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import mx.pbrsed.bench.Cuerpos.IndicadorPublicadoEvent;
import mx.pbrsed.bench.Cuerpos.IndicadorRequest;
import mx.pbrsed.bench.Cuerpos.Metas;
import mx.pbrsed.bench.Cuerpos.MetodoCalculo;
import mx.pbrsed.bench.Cuerpos.Programa;
import mx.pbrsed.bench.Cuerpos.RangoSemaforo;
import mx.pbrsed.bench.Cuerpos.ValoresMes;
import mx.pbrsed.bench.Cuerpos.Variable;

/**
 * The k-th synthetic indicator, the same on every run: mostly quarterly and percentages. The
 * catalog phase posts it to the API; the replay writes it straight to the topic as the catalog
 * would publish it.
 */
record Definicion(int k, Frecuencia frecuencia, Familia familia, String comportamiento, List<String> tiposVariable) {
    private static final List<String> TIPOS = List.of("ACUMULABLE", "NO_ACUMULABLE", "ACTUALIZABLE");
    private static final List<String> DIMENSIONES = List.of("EFICACIA", "EFICIENCIA", "ECONOMIA", "CALIDAD");

    static Definicion de(int k, boolean soloTrimestral) {
        Random r = new Random(k * 7919L + 17);
        int f = r.nextInt(20);
        Frecuencia frecuencia = soloTrimestral || f < 12 ? Frecuencia.TRIMESTRAL
                : f < 15 ? Frecuencia.SEMESTRAL : f < 17 ? Frecuencia.ANUAL : Frecuencia.MENSUAL;
        int g = r.nextInt(20);
        Familia familia = g < 8 ? Familia.PORCENTAJE : g < 13 ? Familia.DATO_ABSOLUTO : g < 17 ? Familia.RAZON : Familia.TASA_VARIACION;
        int c = r.nextInt(20);
        String comportamiento = c < 16 ? "ASCENDENTE" : c < 19 ? "DESCENDENTE" : "REGULAR";
        List<String> tiposVariable = new ArrayList<>();
        for (int i = 0; i < familia.variables(); i++) {
            tiposVariable.add(TIPOS.get(r.nextInt(TIPOS.size())));
        }
        return new Definicion(k, frecuencia, familia, comportamiento, List.copyOf(tiposVariable));
    }

    String nombre() {
        return "INDICADOR SINTÉTICO " + k + " (" + familia + ", " + frecuencia + ") DEL BENCHMARK";
    }

    String unidadMedida() {
        return familia == Familia.DATO_ABSOLUTO ? "ACCION" : "PORCENTAJE";
    }

    /** The metas of every month of measurement; V2 stays fixed so ratios stay near their meta. */
    List<ValoresMes> metas() {
        return frecuencia.meses().stream().map(mes -> {
            long v2 = 1000L * mes;
            long v1 = familia == Familia.TASA_VARIACION ? v2 + v2 / 10 : v2 * 9 / 10;
            Map<String, BigDecimal> valores = new LinkedHashMap<>();
            valores.put("V1", BigDecimal.valueOf(v1));
            if (tiposVariable.size() > 1) {
                valores.put("V2", BigDecimal.valueOf(v2));
            }
            return new ValoresMes(mes, valores);
        }).toList();
    }

    List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        for (int i = 0; i < tiposVariable.size(); i++) {
            String clave = "V" + (i + 1);
            variables.add(new Variable(clave, "VARIABLE " + clave + " DEL INDICADOR SINTÉTICO " + k, tiposVariable.get(i)));
        }
        return variables;
    }

    IndicadorRequest request(UUID objetivoId) {
        return new IndicadorRequest(objetivoId, nombre(), k % 3 == 0 ? "ESTRATEGICO" : "GESTION", DIMENSIONES.get(k % 4),
                comportamiento, frecuencia, unidadMedida(), new MetodoCalculo(familia, familia.expresion(), null), variables(),
                "REGISTROS ADMINISTRATIVOS SINTÉTICOS DEL BENCHMARK", new Metas(metas(), metas()));
    }

    /** Version 1 of the indicator id, in the replay's programa number programa. */
    IndicadorPublicadoEvent evento(UUID id, int programa) {
        return new IndicadorPublicadoEvent(1, UUID.randomUUID(), ahora(), id, 1, "VIGENTE",
                new Programa(Sintetico.EJERCICIO, String.format("R%04d", programa), "PROGRAMA SINTÉTICO " + programa + " DE LA RÉPLICA",
                        String.format("%02d", programa % 40), String.format("%03d", programa % 1000)),
                "COMPONENTE", nombre(), "GESTION", "EFICACIA", comportamiento, "LINEAL", frecuencia, unidadMedida(),
                new MetodoCalculo(familia, familia.expresion(), familia.arbol()), variables(), metas(), semaforo());
    }

    /** The catalog's default ranges for the comportamiento: REGULAR is also off when it overshoots. */
    private List<RangoSemaforo> semaforo() {
        if (comportamiento.equals("REGULAR")) {
            return List.of(rango(0, 85, "ROJO"), rango(85, 95, "AMARILLO"), rango(95, 106, "VERDE"), rango(106, 116, "AMARILLO"),
                    new RangoSemaforo(BigDecimal.valueOf(116), null, "EXCEDIDO"));
        }
        return List.of(rango(0, 70, "ROJO"), rango(70, 95, "AMARILLO"), rango(95, 116, "VERDE"),
                new RangoSemaforo(BigDecimal.valueOf(116), null, "EXCEDIDO"));
    }

    private static RangoSemaforo rango(int desde, int hasta, String color) {
        return new RangoSemaforo(BigDecimal.valueOf(desde), BigDecimal.valueOf(hasta), color);
    }

    /** Now, to the microsecond: the precision of occurredAt and of its ce_time header. */
    static OffsetDateTime ahora() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
