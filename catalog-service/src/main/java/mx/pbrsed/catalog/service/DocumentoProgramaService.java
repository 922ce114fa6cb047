package mx.pbrsed.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.EstadoIndicador;
import mx.pbrsed.catalog.domain.FormulaInvalidaException;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.repository.IndicadorEntity;
import mx.pbrsed.catalog.repository.IndicadorRepository;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.catalog.repository.ProgramaRepository;
import mx.pbrsed.catalog.service.Documento.Objetivo;
import mx.pbrsed.catalog.service.ImportacionView.Cambio;
import mx.pbrsed.catalog.service.ImportacionView.Importado;
import mx.pbrsed.platform.seguridad.Solicitante;

/**
 * A whole programa as one document. Importing applies the document through the same code paths as
 * the single-entity endpoints (register or change the programa, add objectives, POST or PUT each
 * ficha), all in one transaction: a rejection anywhere stores nothing, and what is already as the
 * document says is left as it is, so importing twice changes nothing. What the catalog has and the
 * document does not mention (objectives, indicators) is left untouched: a document adds and
 * changes, it never retires.
 */
@ApplicationScoped
@Transactional
public class DocumentoProgramaService {
    private static final ZoneId ZONA = ZoneId.of("America/Mexico_City");
    /** Fields a ficha's rejection may name that the document gives once, for all its indicators. */
    private static final Set<String> DEL_DOCUMENTO = Set.of("vigenteDesde", "modificadoPor");

    private final ProgramaRepository programas;
    private final IndicadorRepository indicadores;
    private final ProgramaService programaService;
    private final IndicadorService indicadorService;

    public DocumentoProgramaService(ProgramaRepository programas, IndicadorRepository indicadores,
                                    ProgramaService programaService, IndicadorService indicadorService) {
        this.programas = programas;
        this.indicadores = indicadores;
        this.programaService = programaService;
        this.indicadorService = indicadorService;
    }

    /** Retired indicators no longer change, so the document, which describes what can be imported, leaves them out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Documento> exportar(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave).map(p -> documento(p,
                indicadores.delPrograma(p.id).stream().filter(i -> i.estado == EstadoIndicador.VIGENTE).toList()));
    }

    public ImportacionView importar(int ejercicio, String clave, Documento documento, Solicitante solicitante) {
        validar(ejercicio, clave, documento);
        Importado programa = importarPrograma(documento.programa(), solicitante);
        ProgramaEntity entidad = programas.buscar(ejercicio, clave).orElseThrow();
        List<Objetivo> objetivos = documento.objetivos();
        Importado[] objetivosImportados = new Importado[objetivos.size()];
        // a COMPONENTE before its ACTIVIDADES, whatever the document's order
        IntStream.range(0, objetivos.size()).boxed()
                .sorted(Comparator.comparing(i -> objetivos.get(i).nivel()))
                .forEach(i -> objetivosImportados[i] = importarObjetivo(entidad, objetivos.get(i), "objetivos[" + i + "].", solicitante));
        List<Importado> indicadoresImportados = new ArrayList<>();
        for (int i = 0; i < objetivos.size(); i++) {
            List<IndicadorCommand> fichas = objetivos.get(i).indicadores();
            for (int j = 0; j < fichas.size(); j++) {
                indicadoresImportados.add(importarIndicador(entidad.id, objetivosImportados[i].id(), documento,
                        fichas.get(j), "objetivos[" + i + "].indicadores[" + j + "].", solicitante));
            }
        }
        return new ImportacionView(programa, List.of(objetivosImportados), indicadoresImportados);
    }

    /** What the document must say of itself before anything is applied: its programa, a MIR and unique claves. */
    private static void validar(int ejercicio, String clave, Documento documento) {
        if (documento.programa().ejercicio() != ejercicio || !documento.programa().clave().equals(clave)) {
            throw new DefinicionInvalidaException("programa.clave", "El documento es del programa "
                    + documento.programa().clave() + " (" + documento.programa().ejercicio() + "), no del "
                    + clave + " (" + ejercicio + ")");
        }
        List<Objetivo> objetivos = documento.objetivos();
        Map<String, Objetivo> porClave = new HashMap<>();
        Set<Nivel> unicos = EnumSet.noneOf(Nivel.class);
        for (int i = 0; i < objetivos.size(); i++) {
            Objetivo o = objetivos.get(i);
            if (porClave.putIfAbsent(o.clave(), o) != null) {
                throw new DefinicionInvalidaException("objetivos[" + i + "].clave", "Clave de objetivo repetida " + o.clave());
            }
            boolean unico = o.nivel() == Nivel.FIN || o.nivel() == Nivel.PROPOSITO;
            if (unico && !unicos.add(o.nivel())) {
                throw new DefinicionInvalidaException("objetivos[" + i + "].nivel",
                        "La MIR tiene un solo objetivo de nivel " + o.nivel());
            }
        }
        Set<String> clavesDeIndicadores = new HashSet<>();
        for (int i = 0; i < objetivos.size(); i++) {
            Objetivo o = objetivos.get(i);
            if (o.nivel() == Nivel.ACTIVIDAD) {
                Objetivo padre = o.padre() == null ? null : porClave.get(o.padre());
                if (padre == null || padre.nivel() != Nivel.COMPONENTE) {
                    throw new DefinicionInvalidaException("objetivos[" + i + "].padre",
                            "Una ACTIVIDAD indica como padre la clave de un COMPONENTE del documento; " + o.padre() + " no lo es");
                }
            } else if (o.padre() != null) {
                throw new DefinicionInvalidaException("objetivos[" + i + "].padre", "Solo una ACTIVIDAD tiene objetivo padre");
            }
            for (int j = 0; j < o.indicadores().size(); j++) {
                String claveIndicador = o.indicadores().get(j).clave();
                if (!clavesDeIndicadores.add(claveIndicador)) {
                    throw new DefinicionInvalidaException("objetivos[" + i + "].indicadores[" + j + "].clave",
                            "Clave de indicador repetida " + claveIndicador);
                }
            }
        }
    }

    /** A new programa is registered; an existing one may change only what PUT /programas changes. */
    private Importado importarPrograma(DatosPrograma pedido, Solicitante solicitante) {
        Optional<ProgramaEntity> existente = programas.buscar(pedido.ejercicio(), pedido.clave());
        if (existente.isEmpty()) {
            ProgramaView creado = enDocumento("programa.", () -> programaService.crear(pedido, solicitante));
            return new Importado(creado.datos().clave(), creado.id(), creado.version(), Cambio.CREADO);
        }
        ProgramaEntity programa = existente.get();
        fijo("programa.ramo.clave", programa.ramoClave, pedido.ramoClave());
        fijo("programa.unidadResponsable.clave", programa.urClave, pedido.urClave());
        if (programa.presupuestoAprobado.compareTo(pedido.presupuestoAprobado()) != 0) {
            fijo("programa.presupuestoAprobado", programa.presupuestoAprobado.toPlainString(),
                    pedido.presupuestoAprobado().toPlainString());
        }
        int antes = programa.version;
        ProgramaView actual = programaService.actualizar(pedido.ejercicio(), pedido.clave(),
                new CambioProgramaCommand(pedido.nombre(), pedido.presupuestoModificado()), solicitante);
        return new Importado(actual.datos().clave(), actual.id(), actual.version(), cambio(antes, actual.version()));
    }

    /** A new objective goes through the MIR rules of POST .../objetivos; an existing one keeps its nivel and padre. */
    private Importado importarObjetivo(ProgramaEntity programa, Objetivo o, String ruta, Solicitante solicitante) {
        Optional<ObjetivoEntity> existente = objetivo(programa, o.clave());
        if (existente.isEmpty()) {
            UUID padreId = o.padre() == null ? null : objetivo(programa, o.padre()).orElseThrow().id;
            ObjetivoView creado = enDocumento(ruta, () -> programaService.agregarObjetivo(programa.ejercicio, programa.clave,
                    new ObjetivoCommand(o.clave(), o.nivel(), o.resumenNarrativo(), o.responsable(), padreId), solicitante));
            return new Importado(creado.clave(), creado.id(), null, Cambio.CREADO);
        }
        ObjetivoEntity objetivo = existente.get();
        fijo(ruta + "nivel", objetivo.nivel.name(), o.nivel().name());
        String padre = objetivo.padreId == null ? null : programa.objetivos.stream()
                .filter(p -> p.id.equals(objetivo.padreId)).findFirst().orElseThrow().clave;
        fijo(ruta + "padre", padre, o.padre());
        if (objetivo.resumenNarrativo.equals(o.resumenNarrativo()) && Objects.equals(objetivo.responsable, o.responsable())) {
            return new Importado(objetivo.clave, objetivo.id, null, Cambio.SIN_CAMBIO);
        }
        // objectives are neither versioned nor published: their texts are plain data
        objetivo.resumenNarrativo = o.resumenNarrativo();
        objetivo.responsable = o.responsable();
        objetivo.registradoPor = solicitante.sujeto();
        return new Importado(objetivo.clave, objetivo.id, null, Cambio.MODIFICADO);
    }

    /** POST /indicadores for a new clave, PUT /indicadores/{id} for a known one: the same validation and versions. */
    private Importado importarIndicador(UUID programaId, UUID objetivoId, Documento documento, IndicadorCommand ficha,
                                        String ruta, Solicitante solicitante) {
        Optional<IndicadorEntity> existente = indicadores.buscarPorClave(programaId, ficha.clave());
        if (existente.isEmpty()) {
            IndicadorView creado = enDocumento(ruta, () -> indicadorService.crear(
                    ficha.en(objetivoId, documento.vigenteDesde(), null), solicitante));
            return new Importado(creado.clave(), creado.id(), creado.version(), Cambio.CREADO);
        }
        IndicadorEntity indicador = existente.get();
        int antes = indicador.version;
        LocalDate vigenteDesde = documento.vigenteDesde() != null ? documento.vigenteDesde() : LocalDate.now(ZONA);
        IndicadorView actual = enDocumento(ruta, () -> indicadorService.actualizar(indicador.id,
                ficha.en(objetivoId, vigenteDesde, documento.modificadoPor()), solicitante));
        return new Importado(actual.clave(), actual.id(), actual.version(), cambio(antes, actual.version()));
    }

    /**
     * Objectives in MIR order then by clave, each with its indicators by clave: the same catalog always
     * exports the same text. A ficha whose modificadas differ from its aprobadas carries their
     * justification, so the document imports into an empty catalog.
     */
    private Documento documento(ProgramaEntity p, List<IndicadorEntity> vigentes) {
        Map<UUID, String> claves = p.objetivos.stream().collect(Collectors.toMap(o -> o.id, o -> o.clave));
        Map<UUID, List<IndicadorEntity>> porObjetivo = vigentes.stream().collect(Collectors.groupingBy(i -> i.objetivo.id));
        List<Objetivo> objetivos = p.objetivos.stream()
                .sorted(Comparator.comparing((ObjetivoEntity o) -> o.nivel).thenComparing(o -> o.clave))
                .map(o -> new Objetivo(o.clave, o.nivel, o.resumenNarrativo, o.responsable,
                        o.padreId == null ? null : claves.get(o.padreId),
                        porObjetivo.getOrDefault(o.id, List.of()).stream()
                                .sorted(Comparator.comparing(i -> i.clave))
                                .map(i -> new IndicadorCommand(i.clave, null, i.ficha.comoFichaTecnica(), null,
                                        indicadorService.justificacionDeLasModificadas(i.id).orElse(null), null))
                                .toList()))
                .toList();
        return new Documento(DatosPrograma.de(p), null, null, objetivos);
    }

    private static Optional<ObjetivoEntity> objetivo(ProgramaEntity programa, String clave) {
        return programa.objetivos.stream().filter(o -> o.clave.equals(clave)).findFirst();
    }

    private static void fijo(String campo, String actual, String pedido) {
        if (!Objects.equals(actual, pedido)) {
            throw new DefinicionInvalidaException(campo, "Es " + actual + " en el catálogo y no cambia por un documento (el documento dice "
                    + pedido + ")");
        }
    }

    private static Cambio cambio(int versionAntes, int versionDespues) {
        return versionAntes == versionDespues ? Cambio.SIN_CAMBIO : Cambio.MODIFICADO;
    }

    /** Runs one entity's code path, locating its rejections in the document. */
    private static <T> T enDocumento(String ruta, Supplier<T> paso) {
        try {
            return paso.get();
        } catch (DefinicionInvalidaException e) {
            throw new ErrorEnDocumentoException(DEL_DOCUMENTO.contains(e.campo()) ? "" : ruta, e);
        } catch (FormulaInvalidaException e) {
            throw new ErrorEnDocumentoException(ruta, e);
        }
    }
}
