package mx.pbrsed.bench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** The synthetic capturas' contents, also written by pgbench's captura.sql, so both write rows of the same size. */
final class Sintetico {
    static final int EJERCICIO = 2025;
    static final String ANALISIS = "LA DEPENDENCIA REALIZÓ LAS ACCIONES PROGRAMADAS DEL TRIMESTRE CONFORME AL CALENDARIO "
            + "APROBADO, CON LA PARTICIPACIÓN DE LAS UNIDADES ADMINISTRATIVAS RESPONSABLES Y EL SEGUIMIENTO DE LA "
            + "UNIDAD DE EVALUACIÓN.";
    static final String JUSTIFICACION = "LA VARIACIÓN RESPECTO DE LA META PROGRAMADA OBEDECE A QUE PARTE DE LAS "
            + "ACCIONES SE REPROGRAMARON AL SIGUIENTE TRIMESTRE POR AJUSTES EN LA DISPONIBILIDAD PRESUPUESTAL Y EN LOS "
            + "TIEMPOS DE CONTRATACIÓN; LA CIFRA REPORTADA CORRESPONDE A LOS REGISTROS ADMINISTRATIVOS VALIDADOS POR EL "
            + "ÁREA RESPONSABLE Y SE ACTUALIZARÁ UNA VEZ QUE SE CUENTE CON LA INFORMACIÓN DEFINITIVA DE LAS "
            + "DELEGACIONES REGIONALES.";

    private Sintetico() {
    }

    /** Values near the metas: V1 with two decimals, V2 positive so no ratio divides by zero. */
    static Map<String, BigDecimal> valores(int variables, Random r) {
        Map<String, BigDecimal> valores = new LinkedHashMap<>();
        valores.put("V1", v1(r));
        if (variables > 1) {
            valores.put("V2", v2(r));
        }
        return valores;
    }

    static BigDecimal v1(Random r) {
        return new BigDecimal((r.nextInt(100_000) + 1) + "." + (10 + r.nextInt(90)));
    }

    static BigDecimal v2(Random r) {
        return BigDecimal.valueOf(100_000 + r.nextInt(100_000));
    }
}
