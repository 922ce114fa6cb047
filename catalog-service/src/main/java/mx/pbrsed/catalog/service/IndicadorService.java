package mx.pbrsed.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.pbrsed.catalog.config.TopicsConfig;
import mx.pbrsed.catalog.domain.Comportamiento;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.EstadoIndicador;
import mx.pbrsed.catalog.domain.FormulaDescendente;
import mx.pbrsed.catalog.domain.MetasCalendarizadas;
import mx.pbrsed.catalog.domain.MetodoCalculo;
import mx.pbrsed.catalog.domain.ParametrosSemaforo;
import mx.pbrsed.catalog.domain.VariableIndicador;
import mx.pbrsed.catalog.mapping.IndicadorMapper;
import mx.pbrsed.catalog.messaging.EventoPublisher;
import mx.pbrsed.catalog.repository.IndicadorEntity;
import mx.pbrsed.catalog.repository.IndicadorRepository;
import mx.pbrsed.catalog.repository.IndicadorVersionEntity;
import mx.pbrsed.catalog.repository.IndicadorVersionRepository;
import mx.pbrsed.catalog.repository.ObjetivoRepository;
import mx.pbrsed.catalog.repository.ProgramaRepository;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.IndicadorRequest;

@ApplicationScoped
@Transactional
public class IndicadorService {
    private final IndicadorRepository indicadores;
    private final IndicadorVersionRepository versiones;
    private final ObjetivoRepository objetivos;
    private final ProgramaRepository programas;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;

    public IndicadorService(IndicadorRepository indicadores, IndicadorVersionRepository versiones,
                            ObjetivoRepository objetivos, ProgramaRepository programas,
                            EventoPublisher publisher, TopicsConfig topics) {
        this.indicadores = indicadores;
        this.versiones = versiones;
        this.objetivos = objetivos;
        this.programas = programas;
        this.publisher = publisher;
        this.topics = topics;
    }

    public Indicador crear(IndicadorRequest request) {
        var indicador = new IndicadorEntity();
        indicador.id = UUID.randomUUID();
        indicador.objetivo = objetivos.findByIdOptional(request.objetivoId())
                .orElseThrow(() -> new RecursoNoEncontradoException("el objetivo", request.objetivoId()));
        indicador.version = 1;
        indicador.estado = EstadoIndicador.VIGENTE;
        MetodoCalculo metodo = aplicarFicha(request, indicador);
        indicadores.persist(indicador);
        publicar(indicador, metodo);
        return IndicadorMapper.aModelo(indicador);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Indicador> buscar(UUID id) {
        return indicadores.findByIdOptional(id).map(IndicadorMapper::aModelo);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<Indicador>> delPrograma(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave)
                .map(p -> indicadores.delPrograma(p.id).stream().map(IndicadorMapper::aModelo).toList());
    }

    /** Validates the whole ficha through the domain before anything is stored. */
    private static MetodoCalculo aplicarFicha(IndicadorRequest request, IndicadorEntity indicador) {
        List<VariableIndicador> variables = IndicadorMapper.aDominio(request.variables());
        Set<String> claves = new HashSet<>();
        for (VariableIndicador variable : variables) {
            if (!claves.add(variable.clave())) {
                throw new DefinicionInvalidaException("variables", "Variable repetida " + variable.clave());
            }
        }
        MetodoCalculo metodo = MetodoCalculo.de(request.metodoCalculo().familia(), request.metodoCalculo().expresion(), claves);
        Comportamiento comportamiento = request.comportamiento();
        FormulaDescendente formulaDescendente = request.formulaDescendente() == null
                ? FormulaDescendente.LINEAL : request.formulaDescendente();
        if (formulaDescendente == FormulaDescendente.INVERSA && comportamiento != Comportamiento.DESCENDENTE) {
            throw new DefinicionInvalidaException("formulaDescendente", "La fórmula INVERSA solo aplica a un indicador DESCENDENTE");
        }
        ParametrosSemaforo semaforo = request.parametrosSemaforo() == null
                ? ParametrosSemaforo.porDefecto(comportamiento)
                : new ParametrosSemaforo(IndicadorMapper.rangosADominio(request.parametrosSemaforo()));
        MetasCalendarizadas metas = MetasCalendarizadas.validar(
                IndicadorMapper.metasADominio(request.metasCalendarizadas().aprobadas()),
                IndicadorMapper.metasADominio(request.metasCalendarizadas().modificadas()),
                claves, request.frecuencia());

        indicador.nombre = request.nombre();
        indicador.tipo = request.tipo();
        indicador.dimension = request.dimension();
        indicador.comportamiento = comportamiento;
        indicador.formulaDescendente = formulaDescendente;
        indicador.frecuencia = request.frecuencia();
        indicador.unidadMedida = request.unidadMedida();
        indicador.familia = metodo.familia();
        indicador.expresion = metodo.expresionTexto();
        indicador.lineaBase = request.lineaBase();
        indicador.mediosVerificacion = request.mediosVerificacion();
        indicador.variables = variables;
        indicador.parametrosSemaforo = semaforo.rangos();
        indicador.metasAprobadas = metas.aprobadas();
        indicador.metasModificadas = metas.modificadas();
        indicador.actualizadoEn = OffsetDateTime.now();
        return metodo;
    }

    private void publicar(IndicadorEntity indicador, MetodoCalculo metodo) {
        var evento = IndicadorMapper.aEvento(indicador, metodo);
        var version = new IndicadorVersionEntity();
        version.indicadorId = indicador.id;
        version.version = indicador.version;
        version.definicion = publisher.publicar(topics.indicadores(), indicador.id.toString(), evento);
        version.publicadoEn = evento.occurredAt();
        versiones.persist(version);
    }
}
