package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import mx.pbrsed.evaluation.events.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.mapping.DefinicionMapper;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.CapturaRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.PeriodoId;
import mx.pbrsed.evaluation.repository.ProgramaEntity;
import mx.pbrsed.evaluation.repository.ProgramaRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.service.Reporte.Catalogo;
import mx.pbrsed.evaluation.service.Reporte.Ficha;
import mx.pbrsed.evaluation.service.Resumen.Filtro;

/** The data of the printable report of a program at a quarter. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReporteService {
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

    public Optional<Reporte> dePrograma(int ejercicio, String clave, int trimestre) {
        return resumenes.dePrograma(ejercicio, clave, trimestre, Filtro.NINGUNO)
                .map(resumen -> reporte(resumen, programas.porClave(ejercicio, clave).stream().findFirst().orElse(null)));
    }

    private Reporte reporte(Resumen resumen, ProgramaEntity programa) {
        return new Reporte(resumen,
                programa == null ? null : new Catalogo(programa.ramoClave, programa.ramoNombre),
                programa == null ? null : new Catalogo(programa.urClave, programa.urNombre),
                resumen.indicadores().stream().map(fila -> ficha(fila, resumen.ejercicio(), resumen.trimestre())).toList());
    }

    private Ficha ficha(Resumen.Fila fila, int ejercicio, int trimestre) {
        IndicadorEntity indicador = indicadores.findById(fila.indicador().id());
        IndicadorPublicadoEvent definicion = DefinicionMapper.evento(indicador, json);
        CapturaEntity captura = capturas.findById(new PeriodoId(indicador.id, ejercicio, trimestre));
        return new Ficha(fila, definicion.metodoCalculo().familia(), definicion.metodoCalculo().expresion(),
                definicion.variables().stream()
                        .map(v -> v.clave() + " (" + v.tipo() + ")" + (v.descripcion() == null ? "" : ": " + v.descripcion()))
                        .toList(),
                resultados.delIndicador(indicador.id).stream().map(ResultadosDeIndicador.Periodo::de).toList(),
                captura == null ? null : captura.justificacionVariacion,
                DefinicionMapper.aDominio(definicion).semaforo().rangos());
    }
}
