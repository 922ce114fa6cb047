package mx.pbrsed.catalog.service;

import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.pbrsed.catalog.config.TopicsConfig;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.domain.TipoReferencia;
import mx.pbrsed.catalog.mapping.ProgramaMapper;
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ObjetivoRepository;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.catalog.repository.ProgramaRepository;
import mx.pbrsed.catalog.repository.ReferenciaEntity;
import mx.pbrsed.catalog.rest.model.Limites;
import mx.pbrsed.catalog.rest.model.Objetivo;
import mx.pbrsed.catalog.rest.model.ObjetivoRequest;
import mx.pbrsed.catalog.rest.model.Programa;
import mx.pbrsed.catalog.rest.model.ProgramaCambioRequest;
import mx.pbrsed.catalog.rest.model.ProgramaRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
@Transactional
public class ProgramaService {
    private final ProgramaRepository programas;
    private final ObjetivoRepository objetivos;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final ReferenciaService referencias;
    private final JsonWebToken token;

    public ProgramaService(ProgramaRepository programas, ObjetivoRepository objetivos, EventoPublisher publisher,
                           TopicsConfig topics, ReferenciaService referencias, JsonWebToken token) {
        this.referencias = referencias;
        this.token = token;
        this.programas = programas;
        this.objetivos = objetivos;
        this.publisher = publisher;
        this.topics = topics;
    }

    public Programa crear(ProgramaRequest request) {
        if (programas.buscar(request.ejercicio(), request.clave()).isPresent()) {
            throw new ConflictoException("Ya existe el programa " + request.clave() + " en el ejercicio " + request.ejercicio());
        }
        ReferenciaEntity ramo = referencias.vigente(TipoReferencia.RAMO, request.ramo().clave(), "ramo.clave");
        ReferenciaEntity unidad = referencias.vigente(TipoReferencia.UNIDAD_RESPONSABLE,
                request.unidadResponsable().clave(), "unidadResponsable.clave");
        if (!ramo.clave.equals(unidad.ramoClave)) {
            throw new DefinicionInvalidaException("unidadResponsable.clave", "La unidad responsable " + unidad.clave
                    + " pertenece al ramo " + unidad.ramoClave + ", no al " + ramo.clave);
        }
        var programa = new ProgramaEntity();
        programa.id = UUID.randomUUID();
        programa.creadoEn = OffsetDateTime.now();
        programa.actualizadoEn = programa.creadoEn;
        programa.registradoPor = token.getSubject();
        programa.version = 1;
        ProgramaMapper.copiar(request, programa);
        // the catalogue's names, whatever the request spelled
        programa.ramoNombre = ramo.nombre;
        programa.urNombre = unidad.nombre;
        programas.persist(programa);
        publicar(programa);
        return ProgramaMapper.aModelo(programa);
    }

    /** A change publishes version N+1; the same values again change nothing. */
    public Programa actualizar(int ejercicio, String clave, ProgramaCambioRequest request) {
        ProgramaEntity programa = existente(ejercicio, clave);
        if (programa.nombre.equals(request.nombre())
                && programa.presupuestoModificado.compareTo(request.presupuestoModificado()) == 0) {
            return ProgramaMapper.aModelo(programa);
        }
        programa.nombre = request.nombre();
        programa.presupuestoModificado = request.presupuestoModificado();
        programa.version++;
        programa.actualizadoEn = OffsetDateTime.now();
        programa.registradoPor = token.getSubject();
        publicar(programa);
        return ProgramaMapper.aModelo(programa);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Programa> buscar(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave).map(ProgramaMapper::aModelo);
    }

    /** The MIR allows one FIN and one PROPOSITO; an ACTIVIDAD hangs from a COMPONENTE of the same program. */
    public Objetivo agregarObjetivo(int ejercicio, String clave, ObjetivoRequest request) {
        ProgramaEntity programa = existente(ejercicio, clave);
        programas.bloquear(programa);
        if (programa.objetivos.size() >= Limites.OBJETIVOS) {
            throw new ConflictoException("La MIR del programa " + clave + " ya tiene " + Limites.OBJETIVOS + " objetivos, el máximo");
        }
        Nivel nivel = request.nivel();
        boolean unico = nivel == Nivel.FIN || nivel == Nivel.PROPOSITO;
        if (unico && programa.objetivos.stream().anyMatch(o -> o.nivel == nivel)) {
            throw new DefinicionInvalidaException("nivel", "La MIR ya tiene un objetivo de nivel " + nivel);
        }
        ObjetivoEntity padre = null;
        if (nivel == Nivel.ACTIVIDAD) {
            padre = programa.objetivos.stream()
                    .filter(o -> o.id.equals(request.padreId()) && o.nivel == Nivel.COMPONENTE)
                    .findFirst()
                    .orElseThrow(() -> new DefinicionInvalidaException("padreId",
                            "Una ACTIVIDAD debe indicar un COMPONENTE del mismo programa"));
        } else if (request.padreId() != null) {
            throw new DefinicionInvalidaException("padreId", "Solo una ACTIVIDAD tiene objetivo padre");
        }
        Set<String> usadas = programa.objetivos.stream().map(o -> o.clave).collect(Collectors.toSet());
        String claveObjetivo = request.clave() != null ? request.clave() : switch (nivel) {
            case FIN, PROPOSITO -> nivel.name();
            case COMPONENTE -> Claves.siguiente("C", usadas);
            case ACTIVIDAD -> Claves.siguiente(padre.clave + ".A", usadas);
        };
        if (usadas.contains(claveObjetivo)) {
            throw new ConflictoException("La MIR del programa " + clave + " ya tiene un objetivo con clave " + claveObjetivo);
        }
        var objetivo = new ObjetivoEntity();
        objetivo.id = UUID.randomUUID();
        objetivo.clave = claveObjetivo;
        objetivo.programa = programa;
        objetivo.nivel = nivel;
        objetivo.resumenNarrativo = request.resumenNarrativo();
        objetivo.responsable = request.responsable();
        objetivo.padreId = request.padreId();
        objetivo.registradoPor = token.getSubject();
        objetivos.persist(objetivo);
        programa.objetivos.add(objetivo);
        return ProgramaMapper.aModelo(objetivo);
    }

    private ProgramaEntity existente(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave)
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"));
    }

    private void publicar(ProgramaEntity programa) {
        publisher.publicar(topics.programas(), programa.id.toString(), ProgramaMapper.aEvento(programa));
    }
}
