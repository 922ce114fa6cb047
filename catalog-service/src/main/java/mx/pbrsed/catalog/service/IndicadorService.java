package mx.pbrsed.catalog.service;

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
import mx.pbrsed.catalog.domain.FichaTecnica;
import mx.pbrsed.catalog.domain.FiltroIndicadores;
import mx.pbrsed.catalog.domain.FormulaDescendente;
import mx.pbrsed.catalog.domain.Maximos;
import mx.pbrsed.catalog.domain.MetaMensual;
import mx.pbrsed.catalog.domain.MetasCalendarizadas;
import mx.pbrsed.catalog.domain.MetodoCalculo;
import mx.pbrsed.catalog.domain.ParametrosSemaforo;
import mx.pbrsed.catalog.domain.TipoReferencia;
import mx.pbrsed.catalog.domain.VariableIndicador;
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
import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.platform.seguridad.Solicitante;

@ApplicationScoped
@Transactional
public class IndicadorService {
    private static final ZoneId ZONA = ZoneId.of("America/Mexico_City");
    private static final String CAMPO_UNIDAD_MEDIDA = "unidadMedida";

    private final IndicadorRepository indicadores;
    private final IndicadorVersionRepository versiones;
    private final MetaModificacionRepository modificacionesDeMetas;
    private final IndicadorConCapturaRepository conCaptura;
    private final ObjetivoRepository objetivos;
    private final ProgramaRepository programas;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final ReferenciaService referencias;

    public IndicadorService(IndicadorRepository indicadores, IndicadorVersionRepository versiones,
                            MetaModificacionRepository modificacionesDeMetas, IndicadorConCapturaRepository conCaptura,
                            ObjetivoRepository objetivos, ProgramaRepository programas, EventoPublisher publisher,
                            TopicsConfig topics, ReferenciaService referencias) {
        this.indicadores = indicadores;
        this.versiones = versiones;
        this.modificacionesDeMetas = modificacionesDeMetas;
        this.conCaptura = conCaptura;
        this.objetivos = objetivos;
        this.programas = programas;
        this.publisher = publisher;
        this.topics = topics;
        this.referencias = referencias;
    }

    public IndicadorView crear(IndicadorCommand pedido, Solicitante solicitante) {
        var indicador = new IndicadorEntity();
        indicador.id = UUID.randomUUID();
        indicador.objetivo = objetivo(pedido.objetivoId());
        indicador.programaId = indicador.objetivo.programa.id;
        indicador.clave = clave(pedido.clave(), indicador.objetivo);
        indicador.version = 1;
        indicador.estado = EstadoIndicador.VIGENTE;
        // the first definition holds for the whole ejercicio unless it says otherwise
        indicador.vigenteDesde = pedido.vigenteDesde() != null ? pedido.vigenteDesde()
                : LocalDate.of(indicador.objetivo.programa.ejercicio, 1, 1);
        indicador.ficha = validarFicha(pedido.ficha(), indicador.objetivo.programa.ejercicio);
        referencias.vigente(TipoReferencia.UNIDAD_MEDIDA, indicador.ficha.unidadMedida(), CAMPO_UNIDAD_MEDIDA);
        boolean modificadas = modificadasDifierenDeAprobadas(indicador.ficha);
        if (modificadas) {
            exigirJustificacion(pedido, "Las metas modificadas difieren de las aprobadas: requieren justificación");
        }
        indicador.actualizadoEn = OffsetDateTime.now();
        indicador.registradoPor = solicitante.sujeto();
        indicadores.persist(indicador);
        if (modificadas) {
            // the amendment the ficha arrives with is the first entry of its metas history
            registrarModificacion(indicador, solicitante.sujeto(), pedido.justificacion(),
                    indicador.ficha.metasAprobadas(), indicador.ficha.metasModificadas(), solicitante);
        }
        publicar(indicador);
        return IndicadorView.de(indicador);
    }

    /**
     * Replaces the ficha. Any change makes version N+1, published whole; the same ficha again
     * changes nothing. Metas aprobadas are fixed; a change of the modificadas is justified and kept
     * in the history.
     */
    public IndicadorView actualizar(UUID id, IndicadorCommand pedido, Solicitante solicitante) {
        IndicadorEntity indicador = vigente(id);
        ObjetivoEntity objetivo = objetivo(pedido.objetivoId());
        if (!objetivo.programa.id.equals(indicador.objetivo.programa.id)) {
            throw new DefinicionInvalidaException("objetivoId", "El objetivo " + objetivo.id
                    + " es de otro programa; un indicador no cambia de programa");
        }
        if (pedido.clave() != null && !pedido.clave().equals(indicador.clave)) {
            throw new DefinicionInvalidaException("clave", "La clave " + indicador.clave + " del indicador no cambia");
        }
        Ficha nueva = validarFicha(pedido.ficha(), objetivo.programa.ejercicio);
        // a unidad retired since the indicator named it stays; a new one must be in force
        if (!nueva.unidadMedida().equals(indicador.ficha.unidadMedida())) {
            referencias.vigente(TipoReferencia.UNIDAD_MEDIDA, nueva.unidadMedida(), CAMPO_UNIDAD_MEDIDA);
        }
        if (!nueva.metasAprobadas().equals(indicador.ficha.metasAprobadas())) {
            throw new DefinicionInvalidaException(MetasCalendarizadas.CAMPO_APROBADAS,
                    "Las metas aprobadas son fijas una vez aprobado el programa; se modifican las metas modificadas");
        }
        if (nueva.equals(indicador.ficha) && objetivo == indicador.objetivo) {
            return IndicadorView.de(indicador);
        }
        // the last version is kept for the retiro
        if (indicador.version >= Maximos.VERSIONES - 1) {
            throw new ConflictoException("El indicador " + id + " tiene " + indicador.version
                    + " versiones; solo admite ya su retiro (máximo " + Maximos.VERSIONES + ")");
        }
        if (pedido.vigenteDesde().isBefore(indicador.vigenteDesde)) {
            throw new DefinicionInvalidaException("vigenteDesde", "La versión " + indicador.version
                    + " rige desde " + indicador.vigenteDesde + "; una nueva versión no puede regir antes");
        }
        if (pedido.modificadoPor() == null || pedido.modificadoPor().isBlank()) {
            throw new DefinicionInvalidaException("modificadoPor", "Un cambio del indicador nombra a quien lo hace");
        }
        boolean cambianMetas = !nueva.metasModificadas().equals(indicador.ficha.metasModificadas());
        if (cambianMetas) {
            exigirJustificacion(pedido, "Una modificación de las metas modificadas requiere justificación");
        }
        OffsetDateTime ahora = OffsetDateTime.now();
        List<MetaMensual> antes = indicador.ficha.metasModificadas();
        indicador.version++;
        indicador.objetivo = objetivo;
        indicador.vigenteDesde = pedido.vigenteDesde();
        indicador.ficha = nueva;
        indicador.actualizadoEn = ahora;
        indicador.registradoPor = solicitante.sujeto();
        if (cambianMetas) {
            registrarModificacion(indicador, pedido.modificadoPor(), pedido.justificacion(), antes,
                    nueva.metasModificadas(), solicitante);
        }
        publicar(indicador);
        return IndicadorView.de(indicador);
    }

    /**
     * The justification behind the current metas modificadas, when they differ from the aprobadas: the
     * latest change's, which a document carries so that it can be imported elsewhere.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> justificacionDeLasModificadas(UUID id) {
        IndicadorEntity indicador = existente(id);
        if (!modificadasDifierenDeAprobadas(indicador.ficha)) {
            return Optional.empty();
        }
        List<MetaModificacionEntity> historial = modificacionesDeMetas.delIndicador(id);
        return historial.isEmpty() ? Optional.empty() : Optional.of(historial.get(historial.size() - 1).justificacion);
    }

    /** The retired indicator keeps its ficha; its last version, RETIRADO, tells replicas to stop accepting capturas. */
    public IndicadorView retirar(UUID id, LocalDate desde, Solicitante solicitante) {
        IndicadorEntity indicador = vigente(id);
        LocalDate vigenteDesde = desde != null ? desde : LocalDate.now(ZONA);
        if (vigenteDesde.isBefore(indicador.vigenteDesde)) {
            throw new DefinicionInvalidaException("vigenteDesde", "La versión " + indicador.version
                    + " rige desde " + indicador.vigenteDesde + "; el retiro no puede regir antes");
        }
        indicador.version++;
        indicador.estado = EstadoIndicador.RETIRADO;
        indicador.vigenteDesde = vigenteDesde;
        indicador.actualizadoEn = OffsetDateTime.now();
        indicador.registradoPor = solicitante.sujeto();
        publicar(indicador);
        return IndicadorView.de(indicador);
    }

    /**
     * Only an indicator without capturas is deleted, with its history; a last RETIRADO event tells
     * replicas to forget it. No row is left to name who deleted it, so the log does.
     */
    public void eliminar(UUID id, Solicitante solicitante) {
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
        Log.infof("Indicador %s (%s) eliminado por %s", id, indicador.clave, solicitante.sujeto());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<IndicadorView> buscar(UUID id) {
        return indicadores.findByIdOptional(id).map(IndicadorView::de);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicadorView buscarVersion(UUID id, int version) {
        IndicadorEntity indicador = existente(id);
        return versiones.buscar(id, version).map(v -> IndicadorView.de(v, indicador.clave))
                .orElseThrow(() -> new RecursoNoEncontradoException("la versión " + version + " del indicador", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicadorView buscarVigenteEn(UUID id, LocalDate fecha) {
        IndicadorEntity indicador = existente(id);
        return versiones.vigenteEn(id, fecha).map(v -> IndicadorView.de(v, indicador.clave))
                .orElseThrow(() -> new RecursoNoEncontradoException("una versión vigente el " + fecha + " del indicador", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionView> versiones(UUID id) {
        return versiones.delIndicador(existente(id).id).stream().map(VersionView::de).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModificacionMetasView> historialDeMetas(UUID id) {
        return modificacionesDeMetas.delIndicador(existente(id).id).stream().map(ModificacionMetasView::de).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaginaView consultar(FiltroIndicadores filtro, int page, int size) {
        List<IndicadorView> items = indicadores.consultar(filtro, page, size).stream().map(IndicadorView::de).toList();
        return new PaginaView(items, page, size, indicadores.contar(filtro));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<IndicadorView>> delPrograma(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave)
                .map(p -> indicadores.delPrograma(p.id).stream().map(IndicadorView::de).toList());
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
        if (usadas.size() >= Maximos.INDICADORES_POR_PROGRAMA) {
            throw new ConflictoException("El programa " + objetivo.programa.clave + " ya tiene "
                    + Maximos.INDICADORES_POR_PROGRAMA + " indicadores, el máximo");
        }
        if (pedida == null) {
            return Claves.siguiente(objetivo.clave + "-", usadas);
        }
        if (usadas.contains(pedida)) {
            throw new ConflictoException("El programa " + objetivo.programa.clave + " ya tiene un indicador con clave " + pedida);
        }
        return pedida;
    }

    /** An approved calendar that the modificadas amend; without metas aprobadas there is nothing to amend. */
    private static boolean modificadasDifierenDeAprobadas(Ficha ficha) {
        return !ficha.metasAprobadas().isEmpty() && !ficha.metasAprobadas().equals(ficha.metasModificadas());
    }

    private static void exigirJustificacion(IndicadorCommand pedido, String mensaje) {
        if (pedido.justificacion() == null || pedido.justificacion().isBlank()) {
            throw new DefinicionInvalidaException("justificacion", mensaje);
        }
    }

    /** One entry of the metas history, made by the indicator's current version. */
    private void registrarModificacion(IndicadorEntity indicador, String autor, String justificacion,
                                       List<MetaMensual> antes, List<MetaMensual> despues, Solicitante solicitante) {
        var modificacion = new MetaModificacionEntity();
        modificacion.indicadorId = indicador.id;
        modificacion.version = indicador.version;
        modificacion.modificadoPor = autor;
        modificacion.modificadoEn = indicador.actualizadoEn;
        modificacion.justificacion = justificacion;
        modificacion.registradoPor = solicitante.sujeto();
        modificacion.antes = antes;
        modificacion.despues = despues;
        modificacionesDeMetas.persist(modificacion);
    }

    /** Validates the whole ficha through the domain before anything is stored. */
    private static Ficha validarFicha(FichaTecnica pedida, int ejercicio) {
        List<VariableIndicador> variables = pedida.variables();
        Set<String> claves = new HashSet<>();
        for (VariableIndicador variable : variables) {
            if (!claves.add(variable.clave())) {
                throw new DefinicionInvalidaException("variables", "Variable repetida " + variable.clave());
            }
        }
        MetodoCalculo metodo = MetodoCalculo.de(pedida.familia(), pedida.expresion(), claves);
        Comportamiento comportamiento = pedida.comportamiento();
        FormulaDescendente formulaDescendente = pedida.formulaDescendente() == null
                ? FormulaDescendente.LINEAL : pedida.formulaDescendente();
        if (formulaDescendente == FormulaDescendente.INVERSA && comportamiento != Comportamiento.DESCENDENTE) {
            throw new DefinicionInvalidaException("formulaDescendente", "La fórmula INVERSA solo aplica a un indicador DESCENDENTE");
        }
        ParametrosSemaforo semaforo = pedida.parametrosSemaforo() == null
                ? ParametrosSemaforo.porDefecto(comportamiento)
                : new ParametrosSemaforo(pedida.parametrosSemaforo());
        MetasCalendarizadas metas = MetasCalendarizadas.validar(pedida.metasAprobadas(), pedida.metasModificadas(),
                claves, pedida.frecuencia(), ejercicio, pedida.anioLineaBase());
        return new Ficha(pedida.nombre(), pedida.tipo(), pedida.dimension(), comportamiento, formulaDescendente,
                pedida.frecuencia(), pedida.unidadMedida(), metodo.familia(), metodo.expresionTexto(),
                pedida.lineaBase(), pedida.anioLineaBase(), pedida.mediosVerificacion(), variables, semaforo.rangos(),
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
        IndicadorPublicadoEvent evento = IndicadorPublicadoEvent.de(indicador, MetodoCalculo.de(f.familia(), f.expresion(), claves));
        return publisher.publicar(topics.indicadores(), indicador.id.toString(), evento);
    }
}
