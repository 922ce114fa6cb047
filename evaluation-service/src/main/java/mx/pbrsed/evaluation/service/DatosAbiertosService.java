package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.mapping.DefinicionMapper;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.ProgramaEntity;
import mx.pbrsed.evaluation.repository.ProgramaRepository;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.repository.ResultadoRepository;

/** The rows of the open-data export, from the replicas and the results. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DatosAbiertosService {
    /** ID_NIVEL is the level's position in the MIR; DESC_NIVEL its name. */
    private static final List<String> NIVELES = List.of("FIN", "PROPOSITO", "COMPONENTE", "ACTIVIDAD");
    private static final List<String> DESCRIPCIONES = List.of("Fin", "Propósito", "Componente", "Actividad");

    private final IndicadorRepository indicadores;
    private final ProgramaRepository programas;
    private final ResultadoRepository resultados;
    private final ObjectMapper json;

    public DatosAbiertosService(IndicadorRepository indicadores, ProgramaRepository programas,
                                ResultadoRepository resultados, ObjectMapper json) {
        this.indicadores = indicadores;
        this.programas = programas;
        this.resultados = resultados;
        this.json = json;
    }

    public List<AvanceIndicadorAbierto> avanceIndicadores(int ejercicio) {
        List<IndicadorEntity> delEjercicio = Acotadas.indicadores(hasta -> indicadores.vigentesDelEjercicio(ejercicio, hasta));
        if (delEjercicio.isEmpty()) {
            return List.of();
        }
        Map<String, ProgramaEntity> porClave = Acotadas.programas(hasta -> programas.delEjercicio(ejercicio, hasta)).stream()
                .collect(Collectors.toMap(p -> p.clave, Function.identity()));
        Map<UUID, List<ResultadoEntity>> porIndicador = resultados
                .deIndicadores(delEjercicio.stream().map(i -> i.id).toList(), ejercicio).stream()
                .collect(Collectors.groupingBy(r -> r.indicadorId));
        return delEjercicio.stream()
                .map(i -> fila(i, porClave.get(i.programaClave), porIndicador.getOrDefault(i.id, List.of())))
                .toList();
    }

    private AvanceIndicadorAbierto fila(IndicadorEntity indicador, ProgramaEntity programa, List<ResultadoEntity> suyos) {
        DefinicionIndicador definicion = DefinicionMapper.aDominio(indicador, json);
        List<BigDecimal> metaAjustada = IntStream.rangeClosed(1, 12)
                .mapToObj(mes -> definicion.metaDelMes(mes).orElse(null)).toList();
        // The logro at a quarter is published in the quarter's last month.
        List<BigDecimal> avance = new ArrayList<>(Collections.nCopies(12, null));
        suyos.forEach(r -> avance.set(3 * r.trimestre - 1, r.valor.logro()));
        int nivel = NIVELES.indexOf(indicador.nivel);
        return new AvanceIndicadorAbierto(indicador.ejercicio,
                programa == null ? null : programa.ramoClave,
                programa == null ? null : programa.ramoNombre,
                programa == null ? null : programa.urClave,
                programa == null ? null : programa.urNombre,
                indicador.programaClave,
                programa == null ? null : programa.nombre,
                nivel < 0 ? null : nivel + 1,
                nivel < 0 ? indicador.nivel : DESCRIPCIONES.get(nivel),
                indicador.frecuencia, indicador.tipo, indicador.dimension, indicador.unidadMedida,
                indicador.comportamiento,
                Collections.nCopies(12, null), metaAjustada, avance, Collections.nCopies(12, null),
                indicador.id, indicador.nombre);
    }
}
