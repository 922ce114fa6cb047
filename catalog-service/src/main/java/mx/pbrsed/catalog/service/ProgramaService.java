package mx.pbrsed.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.pbrsed.catalog.config.TopicsConfig;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.Maximos;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.domain.TipoReferencia;
import mx.pbrsed.catalog.messaging.ProgramaPublicadoEvent;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ObjetivoRepository;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.catalog.repository.ProgramaRepository;
import mx.pbrsed.catalog.repository.ReferenciaEntity;
import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.platform.seguridad.Solicitante;

@ApplicationScoped
@Transactional
public class ProgramaService {
    private final ProgramaRepository programas;
    private final ObjetivoRepository objetivos;
    private final EventoPublisher publisher;
    private final TopicsConfig topics;
    private final ReferenciaService referencias;

    public ProgramaService(ProgramaRepository programas, ObjetivoRepository objetivos, EventoPublisher publisher,
                           TopicsConfig topics, ReferenciaService referencias) {
        this.referencias = referencias;
        this.programas = programas;
        this.objetivos = objetivos;
        this.publisher = publisher;
        this.topics = topics;
    }

    public ProgramaView crear(DatosPrograma datos, Solicitante solicitante) {
        if (programas.buscar(datos.ejercicio(), datos.clave()).isPresent()) {
            throw new ConflictoException("Ya existe el programa " + datos.clave() + " en el ejercicio " + datos.ejercicio());
        }
        ReferenciaEntity ramo = referencias.vigente(TipoReferencia.RAMO, datos.ramoClave(), "ramo.clave");
        ReferenciaEntity unidad = referencias.vigente(TipoReferencia.UNIDAD_RESPONSABLE, datos.urClave(),
                "unidadResponsable.clave");
        if (!ramo.clave.equals(unidad.ramoClave)) {
            throw new DefinicionInvalidaException("unidadResponsable.clave", "La unidad responsable " + unidad.clave
                    + " pertenece al ramo " + unidad.ramoClave + ", no al " + ramo.clave);
        }
        var programa = new ProgramaEntity();
        programa.id = UUID.randomUUID();
        programa.creadoEn = OffsetDateTime.now();
        programa.actualizadoEn = programa.creadoEn;
        programa.registradoPor = solicitante.sujeto();
        programa.version = 1;
        programa.ejercicio = datos.ejercicio();
        programa.clave = datos.clave();
        programa.nombre = datos.nombre();
        // the catalogue's names, whatever the request spelled
        programa.ramoClave = ramo.clave;
        programa.ramoNombre = ramo.nombre;
        programa.urClave = unidad.clave;
        programa.urNombre = unidad.nombre;
        programa.presupuestoAprobado = datos.presupuestoAprobado();
        programa.presupuestoModificado = datos.presupuestoModificado();
        programas.persist(programa);
        publicar(programa);
        return ProgramaView.de(programa);
    }

    /** A change publishes version N+1; the same values again change nothing. */
    public ProgramaView actualizar(int ejercicio, String clave, CambioProgramaCommand cambio, Solicitante solicitante) {
        ProgramaEntity programa = existente(ejercicio, clave);
        if (programa.nombre.equals(cambio.nombre())
                && programa.presupuestoModificado.compareTo(cambio.presupuestoModificado()) == 0) {
            return ProgramaView.de(programa);
        }
        programa.nombre = cambio.nombre();
        programa.presupuestoModificado = cambio.presupuestoModificado();
        programa.version++;
        programa.actualizadoEn = OffsetDateTime.now();
        programa.registradoPor = solicitante.sujeto();
        publicar(programa);
        return ProgramaView.de(programa);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProgramaView> buscar(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave).map(ProgramaView::de);
    }

    /** The MIR allows one FIN and one PROPOSITO; an ACTIVIDAD hangs from a COMPONENTE of the same program. */
    public ObjetivoView agregarObjetivo(int ejercicio, String clave, ObjetivoCommand nuevo, Solicitante solicitante) {
        ProgramaEntity programa = existente(ejercicio, clave);
        programas.bloquear(programa);
        if (programa.objetivos.size() >= Maximos.OBJETIVOS) {
            throw new ConflictoException("La MIR del programa " + clave + " ya tiene " + Maximos.OBJETIVOS + " objetivos, el máximo");
        }
        Nivel nivel = nuevo.nivel();
        boolean unico = nivel == Nivel.FIN || nivel == Nivel.PROPOSITO;
        if (unico && programa.objetivos.stream().anyMatch(o -> o.nivel == nivel)) {
            throw new DefinicionInvalidaException("nivel", "La MIR ya tiene un objetivo de nivel " + nivel);
        }
        ObjetivoEntity padre = null;
        if (nivel == Nivel.ACTIVIDAD) {
            padre = programa.objetivos.stream()
                    .filter(o -> o.id.equals(nuevo.padreId()) && o.nivel == Nivel.COMPONENTE)
                    .findFirst()
                    .orElseThrow(() -> new DefinicionInvalidaException("padreId",
                            "Una ACTIVIDAD debe indicar un COMPONENTE del mismo programa"));
        } else if (nuevo.padreId() != null) {
            throw new DefinicionInvalidaException("padreId", "Solo una ACTIVIDAD tiene objetivo padre");
        }
        Set<String> usadas = programa.objetivos.stream().map(o -> o.clave).collect(Collectors.toSet());
        String claveObjetivo = nuevo.clave() != null ? nuevo.clave() : switch (nivel) {
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
        objetivo.resumenNarrativo = nuevo.resumenNarrativo();
        objetivo.responsable = nuevo.responsable();
        objetivo.padreId = nuevo.padreId();
        objetivo.registradoPor = solicitante.sujeto();
        objetivos.persist(objetivo);
        programa.objetivos.add(objetivo);
        return ObjetivoView.de(objetivo);
    }

    private ProgramaEntity existente(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave)
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"));
    }

    private void publicar(ProgramaEntity programa) {
        publisher.publicar(topics.programas(), programa.id.toString(), ProgramaPublicadoEvent.de(programa));
    }
}
