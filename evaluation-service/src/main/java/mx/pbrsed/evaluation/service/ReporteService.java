package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.pbrsed.evaluation.domain.AvanceFinanciero;
import mx.pbrsed.evaluation.mapping.DefinicionMapper;
import mx.pbrsed.evaluation.mapping.ResultadoMapper;
import mx.pbrsed.evaluation.messaging.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.messaging.IndicadorPublicadoEvent.Rango;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.CapturaRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.PeriodoId;
import mx.pbrsed.evaluation.repository.ProgramaEntity;
import mx.pbrsed.evaluation.repository.ProgramaRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.rest.model.IndicadorDesempeno;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Ficha;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Presupuesto;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno;

/** The data of the printable report of a program at a quarter. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReporteService {
    private static final List<String> PERIODOS = List.of("ENERO - MARZO", "ABRIL - JUNIO", "JULIO - SEPTIEMBRE",
            "OCTUBRE - DICIEMBRE");
    private static final BigDecimal DECIMA = new BigDecimal("0.1");

    private final ResumenService resumenes;
    private final ProgramaRepository programas;
    private final IndicadorRepository indicadores;
    private final ResultadoRepository resultados;
    private final CapturaRepository capturas;
    private final ObjectMapper json;

    public ReporteService(ResumenService resumenes, ProgramaRepository programas, IndicadorRepository indicadores,
                          ResultadoRepository resultados, CapturaRepository capturas, ObjectMapper json) {
        this.resumenes = resumenes;
        this.programas = programas;
        this.indicadores = indicadores;
        this.resultados = resultados;
        this.capturas = capturas;
        this.json = json;
    }

    public Optional<ReporteDesempeno> dePrograma(int ejercicio, String clave, int trimestre) {
        return resumenes.dePrograma(ejercicio, clave, trimestre, new ResumenService.Filtro(null, null))
                .map(resumen -> reporte(resumen, programas.porClave(ejercicio, clave).stream().findFirst().orElse(null)));
    }

    private ReporteDesempeno reporte(ResumenDesempeno resumen, ProgramaEntity programa) {
        List<Ficha> fichas = new ArrayList<>();
        for (IndicadorDesempeno fila : resumen.indicadores()) {
            fichas.add(ficha(fichas.size() + 1, fila, resumen.ejercicio(), resumen.trimestre()));
        }
        return new ReporteDesempeno(resumen, PERIODOS.get(resumen.trimestre() - 1) + " " + resumen.ejercicio(),
                programa == null ? null : programa.ramoClave + "-" + programa.ramoNombre,
                programa == null ? null : programa.urClave + " " + programa.urNombre,
                presupuesto(resumen.avanceFinanciero()), fichas);
    }

    private Ficha ficha(int numero, IndicadorDesempeno fila, int ejercicio, int trimestre) {
        IndicadorEntity indicador = indicadores.findById(fila.indicadorId());
        IndicadorPublicadoEvent definicion = DefinicionMapper.evento(indicador, json);
        List<ResultadoPeriodo> trimestres = ResultadoMapper.aModelo(indicador, resultados.delIndicador(indicador.id))
                .resultados();
        CapturaEntity captura = capturas.findById(new PeriodoId(indicador.id, ejercicio, trimestre));
        return new Ficha(numero, fila, indicador.unidadMedida, definicion.metodoCalculo().familia(),
                definicion.metodoCalculo().expresion(),
                definicion.variables().stream()
                        .map(v -> v.clave() + " (" + v.tipo() + ")" + (v.descripcion() == null ? "" : ": " + v.descripcion()))
                        .toList(),
                trimestres,
                trimestres.stream().filter(r -> r.trimestre() == trimestre).findFirst().orElse(null),
                captura == null ? null : captura.justificacionVariacion,
                definicion.parametrosSemaforo().stream().map(ReporteService::parametro).toList());
    }

    /**
     * As the seed prints them: [95, 116) is "95.0% - 115.9%", the open range "116.0% en adelante".
     * The catalog takes bounds with more decimals: they print rounded to one, as the seed's do.
     */
    private static String parametro(Rango rango) {
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
