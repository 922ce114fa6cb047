package mx.pbrsed.catalog.service;

import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.catalog.messaging.IndicadorPublicadoEvent;
import mx.pbrsed.catalog.repository.Ficha;
import mx.pbrsed.catalog.repository.IndicadorConCapturaRepository;
import mx.pbrsed.catalog.repository.IndicadorEntity;
import mx.pbrsed.catalog.repository.IndicadorRepository;
import mx.pbrsed.catalog.repository.IndicadorVersionEntity;
import mx.pbrsed.catalog.repository.IndicadorVersionRepository;
import mx.pbrsed.catalog.repository.MetaModificacionEntity;
import mx.pbrsed.catalog.repository.MetaModificacionRepository;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ObjetivoRepository;
import mx.pbrsed.catalog.repository.ProgramaRepository;
import mx.pbrsed.catalog.rest.model.FiltroIndicadores;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.IndicadorRequest;
import mx.pbrsed.catalog.rest.model.Limites;
import mx.pbrsed.catalog.rest.model.ModificacionMetas;
import mx.pbrsed.catalog.rest.model.PaginaDeIndicadores;
import mx.pbrsed.catalog.rest.model.RetiroRequest;
import mx.pbrsed.catalog.rest.model.VersionIndicador;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
@Transactional
public class IndicadorService {
    private static final ZoneId ZONA = ZoneId.of("America/Mexico_City");

    private final IndicadorRepository indicadores;
    private final IndicadorVersionRepository versiones;
    private final MetaModificacionRepository modificacionesDeMetas;
    private final IndicadorConCapturaRepository conCaptura;
    private final ObjetivoRepository objetivos;
    private final ProgramaRepository programas;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final JsonWebToken token;

    public IndicadorService(IndicadorRepository indicadores, IndicadorVersionRepository versiones,
                            MetaModificacionRepository modificacionesDeMetas, IndicadorConCapturaRepository conCaptura,
                            ObjetivoRepository objetivos, ProgramaRepository programas, EventoPublisher publisher,
                            TopicsConfig topics, JsonWebToken token) {
        this.indicadores = indicadores;
        this.versiones = versiones;
        this.modificacionesDeMetas = modificacionesDeMetas;
        this.conCaptura = conCaptura;
        this.objetivos = objetivos;
        this.programas = programas;
        this.publisher = publisher;
        this.topics = topics;
        this.token = token;
    }

    public Indicador crear(IndicadorRequest request) {
        var indicador = new IndicadorEntity();
        indicador.id = UUID.randomUUID();
        indicador.objetivo = objetivo(request.objetivoId());
        indicador.programaId = indicador.objetivo.programa.id;
        indicador.clave = clave(request.clave(), indicador.objetivo);
        indicador.version = 1;
        indicador.estado = EstadoIndicador.VIGENTE;
        // the first definition holds for the whole ejercicio unless it says otherwise
        indicador.vigenteDesde = request.vigenteDesde() != null ? request.vigenteDesde()
                : LocalDate.of(indicador.objetivo.programa.ejercicio, 1, 1);
        indicador.ficha = validarFicha(request);
        indicador.actualizadoEn = OffsetDateTime.now();
        indicador.registradoPor = token.getSubject();
        indicadores.persist(indicador);
        publicar(indicador);
        return IndicadorMapper.aModelo(indicador);
    }

    /**
     * Replaces the ficha. Any change makes version N+1, published whole; the same ficha again
     * changes nothing. Metas aprobadas are fixed; a change of the modificadas is justified and kept
     * in the history.
     */
    public Indicador actualizar(UUID id, IndicadorRequest request) {
        IndicadorEntity indicador = vigente(id);
        ObjetivoEntity objetivo = objetivo(request.objetivoId());
        if (!objetivo.programa.id.equals(indicador.objetivo.programa.id)) {
            throw new DefinicionInvalidaException("objetivoId", "El objetivo " + objetivo.id
                    + " es de otro programa; un indicador no cambia de programa");
        }
        if (request.clave() != null && !request.clave().equals(indicador.clave)) {
            throw new DefinicionInvalidaException("clave", "La clave " + indicador.clave + " del indicador no cambia");
        }
        Ficha nueva = validarFicha(request);
        if (!nueva.metasAprobadas().equals(indicador.ficha.metasAprobadas())) {
            throw new DefinicionInvalidaException(MetasCalendarizadas.CAMPO_APROBADAS,
                    "Las metas aprobadas son fijas una vez aprobado el programa; se modifican las metas modificadas");
        }
        if (nueva.equals(indicador.ficha) && objetivo == indicador.objetivo) {
            return IndicadorMapper.aModelo(indicador);
        }
        // the last version is kept for the retiro
        if (indicador.version >= Limites.VERSIONES - 1) {
            throw new ConflictoException("El indicador " + id + " tiene " + indicador.version
                    + " versiones; solo admite ya su retiro (máximo " + Limites.VERSIONES + ")");
        }
        if (request.vigenteDesde().isBefore(indicador.vigenteDesde)) {
            throw new DefinicionInvalidaException("vigenteDesde", "La versión " + indicador.version
                    + " rige desde " + indicador.vigenteDesde + "; una nueva versión no puede regir antes");
        }
        if (request.modificadoPor() == null || request.modificadoPor().isBlank()) {
            throw new DefinicionInvalidaException("modificadoPor", "Un cambio del indicador nombra a quien lo hace");
        }
        boolean cambianMetas = !nueva.metasModificadas().equals(indicador.ficha.metasModificadas());
        if (cambianMetas && (request.justificacion() == null || request.justificacion().isBlank())) {
            throw new DefinicionInvalidaException("justificacion", "Una modificación de las metas modificadas requiere justificación");
        }
        OffsetDateTime ahora = OffsetDateTime.now();
        if (cambianMetas) {
            var modificacion = new MetaModificacionEntity();
            modificacion.indicadorId = indicador.id;
            modificacion.version = indicador.version + 1;
            modificacion.modificadoPor = request.modificadoPor();
            modificacion.modificadoEn = ahora;
            modificacion.justificacion = request.justificacion();
            modificacion.registradoPor = token.getSubject();
            modificacion.antes = indicador.ficha.metasModificadas();
            modificacion.despues = nueva.metasModificadas();
            modificacionesDeMetas.persist(modificacion);
        }
        indicador.version++;
        indicador.objetivo = objetivo;
        indicador.vigenteDesde = request.vigenteDesde();
        indicador.ficha = nueva;
        indicador.actualizadoEn = ahora;
        indicador.registradoPor = token.getSubject();
        publicar(indicador);
        return IndicadorMapper.aModelo(indicador);
    }

    /** The retired indicator keeps its ficha; its last version, RETIRADO, tells replicas to stop accepting capturas. */
    public Indicador retirar(UUID id, RetiroRequest request) {
        IndicadorEntity indicador = vigente(id);
        LocalDate vigenteDesde = request.vigenteDesde() != null ? request.vigenteDesde() : LocalDate.now(ZONA);
        if (vigenteDesde.isBefore(indicador.vigenteDesde)) {
            throw new DefinicionInvalidaException("vigenteDesde", "La versión " + indicador.version
                    + " rige desde " + indicador.vigenteDesde + "; el retiro no puede regir antes");
        }
        indicador.version++;
        indicador.estado = EstadoIndicador.RETIRADO;
        indicador.vigenteDesde = vigenteDesde;
        indicador.actualizadoEn = OffsetDateTime.now();
        indicador.registradoPor = token.getSubject();
        publicar(indicador);
        return IndicadorMapper.aModelo(indicador);
    }

    /**
     * Only an indicator without capturas is deleted, with its history; a last RETIRADO event tells
     * replicas to forget it. No row is left to name who deleted it, so the log does.
     */
    public void eliminar(UUID id) {
        IndicadorEntity indicador = existente(id);
        if (conCaptura.tieneCapturas(id)) {
            throw new ConflictoException("El indicador " + id + " tiene capturas: no se elimina, se retira (POST /indicadores/"
                    + id + "/retiro)");
        }
        indicador.version++;
        indicador.estado = EstadoIndicador.RETIRADO;
        encolar(indicador);
        modificacionesDeMetas.delete("indicadorId", id);
        versiones.delete("indicadorId", id);
        indicadores.delete(indicador);
        Log.infof("Indicador %s (%s) eliminado por %s", id, indicador.clave, token.getSubject());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Indicador> buscar(UUID id) {
        return indicadores.findByIdOptional(id).map(IndicadorMapper::aModelo);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicador buscarVersion(UUID id, int version) {
        IndicadorEntity indicador = existente(id);
        return versiones.buscar(id, version).map(v -> IndicadorMapper.aModelo(v, indicador.clave))
                .orElseThrow(() -> new RecursoNoEncontradoException("la versión " + version + " del indicador", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicador buscarVigenteEn(UUID id, LocalDate fecha) {
        IndicadorEntity indicador = existente(id);
        return versiones.vigenteEn(id, fecha).map(v -> IndicadorMapper.aModelo(v, indicador.clave))
                .orElseThrow(() -> new RecursoNoEncontradoException("una versión vigente el " + fecha + " del indicador", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionIndicador> versiones(UUID id) {
        return versiones.delIndicador(existente(id).id).stream().map(IndicadorMapper::aResumen).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModificacionMetas> historialDeMetas(UUID id) {
        return modificacionesDeMetas.delIndicador(existente(id).id).stream().map(IndicadorMapper::aModelo).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaginaDeIndicadores consultar(FiltroIndicadores filtro, int page, int size) {
        List<Indicador> items = indicadores.consultar(filtro, page, size).stream().map(IndicadorMapper::aModelo).toList();
        return new PaginaDeIndicadores(items, page, size, indicadores.contar(filtro));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<Indicador>> delPrograma(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave)
                .map(p -> indicadores.delPrograma(p.id).stream().map(IndicadorMapper::aModelo).toList());
    }

    private IndicadorEntity existente(UUID id) {
        return indicadores.findByIdOptional(id).orElseThrow(() -> new RecursoNoEncontradoException("el indicador", id));
    }

    /** An indicator that may still change: a retired one keeps its last version for good. */
    private IndicadorEntity vigente(UUID id) {
        IndicadorEntity indicador = existente(id);
        if (indicador.estado == EstadoIndicador.RETIRADO) {
            throw new ConflictoException("El indicador " + id + " está retirado y ya no cambia");
        }
        return indicador;
    }

    private ObjetivoEntity objetivo(UUID id) {
        return objetivos.findByIdOptional(id).orElseThrow(() -> new RecursoNoEncontradoException("el objetivo", id));
    }

    /** The clave asked for, which must be free in the program, or the objective's next one (FIN-1, FIN-2...). */
    private String clave(String pedida, ObjetivoEntity objetivo) {
        programas.bloquear(objetivo.programa);
        Set<String> usadas = indicadores.clavesDelPrograma(objetivo.programa.id);
        if (usadas.size() >= Limites.INDICADORES_POR_PROGRAMA) {
            throw new ConflictoException("El programa " + objetivo.programa.clave + " ya tiene "
                    + Limites.INDICADORES_POR_PROGRAMA + " indicadores, el máximo");
        }
        if (pedida == null) {
            return Claves.siguiente(objetivo.clave + "-", usadas);
        }
        if (usadas.contains(pedida)) {
            throw new ConflictoException("El programa " + objetivo.programa.clave + " ya tiene un indicador con clave " + pedida);
        }
        return pedida;
    }

    /** Validates the whole ficha through the domain before anything is stored. */
    private static Ficha validarFicha(IndicadorRequest request) {
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
        return new Ficha(request.nombre(), request.tipo(), request.dimension(), comportamiento, formulaDescendente,
                request.frecuencia(), request.unidadMedida(), metodo.familia(), metodo.expresionTexto(),
                request.lineaBase(), request.mediosVerificacion(), variables, semaforo.rangos(),
                metas.aprobadas(), metas.modificadas());
    }

    /** Queues the indicator's current state as its new version and keeps that version. */
    private void publicar(IndicadorEntity indicador) {
        var version = new IndicadorVersionEntity();
        version.indicadorId = indicador.id;
        version.version = indicador.version;
        version.objetivo = indicador.objetivo;
        version.estado = indicador.estado;
        version.vigenteDesde = indicador.vigenteDesde;
        version.ficha = indicador.ficha;
        version.definicion = encolar(indicador);
        version.publicadoEn = indicador.actualizadoEn;
        version.registradoPor = indicador.registradoPor;
        versiones.persist(version);
    }

    /** The event of the indicator's current state, in the outbox; returns it as published. */
    private String encolar(IndicadorEntity indicador) {
        Ficha f = indicador.ficha;
        Set<String> claves = new HashSet<>();
        f.variables().forEach(v -> claves.add(v.clave()));
        IndicadorPublicadoEvent evento = IndicadorMapper.aEvento(indicador, MetodoCalculo.de(f.familia(), f.expresion(), claves));
        return publisher.publicar(topics.indicadores(), indicador.id.toString(), evento);
    }
}
