package mx.pbrsed.evaluation.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.pbrsed.evaluation.domain.AvanceFinanciero;
import mx.pbrsed.evaluation.domain.RangoSemaforo;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Ficha;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Presupuesto;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno.Ambito;
import mx.pbrsed.evaluation.service.Reporte;

/** The report's data as the page prints it: periods, money and semáforo ranges written as the seed writes them. */
final class ReporteMapper {
    private static final List<String> PERIODOS = List.of("ENERO - MARZO", "ABRIL - JUNIO", "JULIO - SEPTIEMBRE",
            "OCTUBRE - DICIEMBRE");
    private static final BigDecimal DECIMA = new BigDecimal("0.1");

    private ReporteMapper() {
    }

    static ReporteDesempeno aModelo(Reporte reporte) {
        ResumenDesempeno resumen = ResumenMapper.aModelo(Ambito.PROGRAMA, reporte.resumen());
        List<Ficha> fichas = new ArrayList<>();
        for (Reporte.Ficha ficha : reporte.fichas()) {
            fichas.add(ficha(fichas.size() + 1, ficha, resumen.trimestre()));
        }
        return new ReporteDesempeno(resumen, PERIODOS.get(resumen.trimestre() - 1) + " " + resumen.ejercicio(),
                reporte.ramo() == null ? null : reporte.ramo().clave() + "-" + reporte.ramo().nombre(),
                reporte.unidadResponsable() == null ? null
                        : reporte.unidadResponsable().clave() + " " + reporte.unidadResponsable().nombre(),
                presupuesto(resumen.avanceFinanciero()), fichas);
    }

    private static Ficha ficha(int numero, Reporte.Ficha ficha, int trimestre) {
        List<ResultadoPeriodo> trimestres = ficha.trimestres().stream().map(ResultadoMapper::aModelo).toList();
        return new Ficha(numero, ResumenMapper.aModelo(ficha.fila()), ficha.fila().indicador().unidadMedida(),
                ficha.familia(), ficha.expresion(), ficha.variables(), trimestres,
                trimestres.stream().filter(r -> r.trimestre() == trimestre).findFirst().orElse(null),
                ficha.justificacionVariacion(), ficha.parametros().stream().map(ReporteMapper::parametro).toList());
    }

    /**
     * As the seed prints them: [95, 116) is "95.0% - 115.9%", the open range "116.0% en adelante".
     * The catalog takes bounds with more decimals: they print rounded to one, as the seed's do.
     */
    private static String parametro(RangoSemaforo rango) {
        String desde = rango.desde().setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        return rango.color() + ": " + (rango.hasta() == null ? desde + " en adelante"
                : desde + " - " + rango.hasta().subtract(DECIMA).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    private static Presupuesto presupuesto(AvanceFinanciero avance) {
        if (avance == null) {
            return null;
        }
        return new Presupuesto(moneda(avance.presupuestoAprobado()), moneda(avance.presupuestoModificado()),
                moneda(avance.devengado()), porcentaje(avance.porcentajeAprobado()),
                porcentaje(avance.porcentajeModificado()));
    }

    private static String moneda(BigDecimal valor) {
        return valor == null ? "" : new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(valor);
    }

    private static String porcentaje(BigDecimal valor) {
        return valor == null ? "" : valor.toPlainString() + "%";
    }
}
