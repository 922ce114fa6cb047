package mx.pbrsed.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.pbrsed.evaluation.domain.AvanceFinanciero;
import mx.pbrsed.evaluation.domain.ValorResultado;
import mx.pbrsed.evaluation.repository.DevengadoEntity;
import mx.pbrsed.evaluation.repository.DevengadoRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.ProgramaEntity;
import mx.pbrsed.evaluation.repository.ProgramaRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.service.Resumen.Fila;
import mx.pbrsed.evaluation.service.Resumen.Filtro;

/** Summaries of a program, a UR or a ramo at a quarter, read from the replicas and results. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResumenService {
    /** The MIR's order, as the seed lists its indicators. */
    private static final List<String> NIVELES = List.of("FIN", "PROPOSITO", "COMPONENTE", "ACTIVIDAD");

    private final ProgramaRepository programas;
    private final DevengadoRepository devengados;
    private final IndicadorRepository indicadores;
    private final ResultadoRepository resultados;

    public ResumenService(ProgramaRepository programas, DevengadoRepository devengados,
                          IndicadorRepository indicadores, ResultadoRepository resultados) {
        this.programas = programas;
        this.devengados = devengados;
        this.indicadores = indicadores;
        this.resultados = resultados;
    }

    /** Empty when neither the program nor any indicator of it is known. */
    public Optional<Resumen> dePrograma(int ejercicio, String clave, int trimestre, Filtro filtro) {
        List<ProgramaEntity> delPrograma = programas.porClave(ejercicio, clave);
        List<IndicadorEntity> suyos = Acotadas.indicadores(hasta -> indicadores.vigentesDeProgramas(ejercicio, List.of(clave), hasta));
        if (delPrograma.isEmpty() && suyos.isEmpty()) {
            return Optional.empty();
        }
        String nombre = delPrograma.isEmpty() ? null : delPrograma.get(0).nombre;
        return Optional.of(resumen(ejercicio, clave, nombre, trimestre, List.of(clave), delPrograma, suyos, filtro));
    }

    public Optional<Resumen> deUnidadResponsable(int ejercicio, String clave, int trimestre, Filtro filtro) {
        List<ProgramaEntity> suyos = Acotadas.programas(hasta -> programas.deUnidadResponsable(ejercicio, clave, hasta));
        return agregado(ejercicio, clave, trimestre, filtro, suyos, suyos.isEmpty() ? null : suyos.get(0).urNombre);
    }

    public Optional<Resumen> deRamo(int ejercicio, String clave, int trimestre, Filtro filtro) {
        List<ProgramaEntity> suyos = Acotadas.programas(hasta -> programas.deRamo(ejercicio, clave, hasta));
        return agregado(ejercicio, clave, trimestre, filtro, suyos, suyos.isEmpty() ? null : suyos.get(0).ramoNombre);
    }

    /** A UR or a ramo is known through the programs the catalog published for it. */
    private Optional<Resumen> agregado(int ejercicio, String clave, int trimestre, Filtro filtro,
                                       List<ProgramaEntity> suyos, String nombre) {
        if (suyos.isEmpty()) {
            return Optional.empty();
        }
        List<String> claves = suyos.stream().map(p -> p.clave).toList();
        return Optional.of(resumen(ejercicio, clave, nombre, trimestre, claves, suyos,
                Acotadas.indicadores(hasta -> indicadores.vigentesDeProgramas(ejercicio, claves, hasta)), filtro));
    }

    private Resumen resumen(int ejercicio, String clave, String nombre, int trimestre, List<String> claves,
                            List<ProgramaEntity> conPresupuesto, List<IndicadorEntity> suyos, Filtro filtro) {
        Map<UUID, ValorResultado> delTrimestre = suyos.isEmpty() ? Map.of()
                : resultados.deIndicadores(suyos.stream().map(i -> i.id).toList(), ejercicio).stream()
                        .filter(r -> r.trimestre == trimestre)
                        .collect(Collectors.toMap(r -> r.indicadorId, r -> r.valor));
        List<Fila> filas = suyos.stream()
                .sorted(Comparator.comparing((IndicadorEntity i) -> i.programaClave)
                        .thenComparing(i -> nivel(i.nivel))
                        .thenComparing(i -> i.nombre)
                        // a stable order for homonyms, so a summary reads the same after a rebuild
                        .thenComparing(i -> i.id))
                .map(i -> new Fila(FichaIndicador.de(i), delTrimestre.get(i.id)))
                .toList();
        return new Resumen(ejercicio, clave, nombre, trimestre, claves, filas, filtro,
                avanceFinanciero(ejercicio, trimestre, conPresupuesto));
    }

    /** The budgets and devengados of the programs added up; null when no budget is known. */
    private AvanceFinanciero avanceFinanciero(int ejercicio, int trimestre, List<ProgramaEntity> conPresupuesto) {
        if (conPresupuesto.isEmpty()) {
            return null;
        }
        List<DevengadoEntity> delTrimestre = devengados.deProgramas(ejercicio,
                conPresupuesto.stream().map(p -> p.clave).toList(), trimestre);
        BigDecimal devengado = delTrimestre.isEmpty() ? null
                : delTrimestre.stream().map(d -> d.devengadoAcumulado).reduce(BigDecimal.ZERO, BigDecimal::add);
        return AvanceFinanciero.de(
                conPresupuesto.stream().map(p -> p.presupuestoAprobado).reduce(BigDecimal.ZERO, BigDecimal::add),
                conPresupuesto.stream().map(p -> p.presupuestoModificado).reduce(BigDecimal.ZERO, BigDecimal::add),
                devengado);
    }

    private static int nivel(String nivel) {
        int posicion = NIVELES.indexOf(nivel);
        return posicion < 0 ? NIVELES.size() : posicion;
    }
}
