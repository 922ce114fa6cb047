package mx.pbrsed.evaluation.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import mx.pbrsed.evaluation.domain.RangoSemaforo;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Banda;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Barra;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Grafica;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Marca;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.TrimestreVista;

/**
 * An indicator's chart: its avance at each quarter as a bar against the meta (the 100 % line),
 * over its semáforo's ranges drawn as bands, so the bar's colour zone and the printed word agree.
 * Avance (not the raw logro) is what the ranges are defined on, whatever the comportamiento.
 * Only positions are computed here; every number printed is the API's.
 */
final class GraficaAvance {
    static final int ANCHO = 520;
    static final int ALTO = 230;
    private static final int IZQUIERDA = 48;
    /** Room on the right for the meta line's label, clear of every bar's. */
    private static final int DERECHA = ANCHO - 72;
    private static final int ARRIBA = 12;
    private static final int ABAJO = ALTO - 52;
    private static final BigDecimal MINIMO_ESCALA = BigDecimal.valueOf(140);
    private static final BigDecimal PASO = BigDecimal.valueOf(20);

    private GraficaAvance() {
    }

    /**
     * @param avances the avance of quarters 1..4 (null where none), as the results give them
     */
    static Grafica de(List<BigDecimal> avances, List<TrimestreVista> trimestres, List<RangoSemaforo> rangos) {
        BigDecimal tope = MINIMO_ESCALA;
        for (BigDecimal avance : avances) {
            if (avance != null && avance.compareTo(tope) > 0) {
                tope = avance;
            }
        }
        // round the scale up to a whole step so the ticks fall on round numbers
        tope = tope.divide(PASO, 0, RoundingMode.CEILING).multiply(PASO);
        List<Banda> bandas = new ArrayList<>();
        for (RangoSemaforo rango : rangos) {
            if (rango.desde().compareTo(tope) >= 0) {
                continue;
            }
            BigDecimal hasta = rango.hasta() == null || rango.hasta().compareTo(tope) > 0 ? tope : rango.hasta();
            int yArriba = y(hasta, tope);
            bandas.add(new Banda(yArriba, y(rango.desde(), tope) - yArriba, Etiquetas.semaforo(rango.color()).clase()));
        }
        List<Marca> marcas = new ArrayList<>();
        for (BigDecimal valor = BigDecimal.ZERO; valor.compareTo(tope) <= 0; valor = valor.add(PASO.add(PASO))) {
            int yMarca = y(valor, tope);
            marcas.add(new Marca(yMarca, yMarca + 3, valor.toPlainString() + " %"));
        }
        int columna = (DERECHA - IZQUIERDA) / 4;
        int ancho = columna / 3;
        List<Barra> barras = new ArrayList<>();
        StringBuilder texto = new StringBuilder("Avance por trimestre frente a la meta (100 %):");
        for (int t = 0; t < 4; t++) {
            BigDecimal avance = avances.get(t);
            TrimestreVista vista = trimestres.get(t);
            int centro = IZQUIERDA + columna * t + columna / 2;
            int yBarra = avance == null ? ABAJO : y(avance.max(BigDecimal.ZERO), tope);
            barras.add(new Barra(centro - ancho / 2, ancho, yBarra, ABAJO - yBarra, centro, yBarra - 3,
                    vista.avance().texto(), vista.nombre(), vista.meta().isEmpty() ? "" : "Meta " + vista.meta(),
                    vista.logro().isEmpty() ? "" : "Logro " + vista.logro()));
            texto.append(' ').append(vista.nombre()).append(" trimestre ").append(vista.avance().texto())
                    .append(vista.avance().semaforo() == null ? "" : " (" + vista.avance().semaforo().etiqueta() + ")")
                    .append(t < 3 ? ";" : ".");
        }
        int yMeta = y(BigDecimal.valueOf(100), tope);
        return new Grafica(ANCHO, ALTO, IZQUIERDA, DERECHA, DERECHA - IZQUIERDA, ABAJO, yMeta, yMeta + 3, ABAJO + 13,
                ABAJO + 26, ABAJO + 39, bandas, marcas, barras, texto.toString());
    }

    private static int y(BigDecimal valor, BigDecimal tope) {
        BigDecimal alto = BigDecimal.valueOf(ABAJO - ARRIBA);
        return ABAJO - valor.min(tope).multiply(alto).divide(tope, 0, RoundingMode.HALF_UP).intValue();
    }
}
