package mx.pbrsed.evaluation.rest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.rest.model.ConteoSemaforo;
import mx.pbrsed.evaluation.rest.model.IndicadorDesempeno;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno.Ambito;
import mx.pbrsed.evaluation.service.FichaIndicador;
import mx.pbrsed.evaluation.service.Resumen;

/** A summary as the API shows it: the rows the filter admits, and the count per colour of all of them. */
final class ResumenMapper {
    private ResumenMapper() {
    }

    static ResumenDesempeno aModelo(Ambito ambito, Resumen resumen) {
        return new ResumenDesempeno(ambito, resumen.ejercicio(), resumen.clave(), resumen.nombre(), resumen.trimestre(),
                resumen.programas(), resumen.listados().stream().map(ResumenMapper::aModelo).toList(),
                conteo(resumen.indicadores()), resumen.avanceFinanciero());
    }

    static IndicadorDesempeno aModelo(Resumen.Fila fila) {
        FichaIndicador i = fila.indicador();
        return new IndicadorDesempeno(i.id(), i.programaClave(), i.nombre(), i.nivel(), i.tipo(), i.dimension(),
                i.comportamiento(), i.frecuencia(),
                fila.valor() == null ? null : fila.valor().avancePorcentaje(),
                fila.semaforo(),
                fila.valor() == null ? null : fila.valor().estado(),
                fila.tardia(),
                fila.valor() == null ? null : fila.valor().semaforoProyectado());
    }

    private static ConteoSemaforo conteo(List<Resumen.Fila> filas) {
        Map<Color, Long> porColor = filas.stream().map(Resumen.Fila::semaforo).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        int conColor = porColor.values().stream().mapToInt(Long::intValue).sum();
        return new ConteoSemaforo(cuantos(porColor, Color.VERDE), cuantos(porColor, Color.AMARILLO),
                cuantos(porColor, Color.ROJO), cuantos(porColor, Color.EXCEDIDO), filas.size() - conColor, filas.size(),
                (int) filas.stream().filter(Resumen.Fila::enRiesgo).count());
    }

    private static int cuantos(Map<Color, Long> porColor, Color color) {
        return porColor.getOrDefault(color, 0L).intValue();
    }
}
