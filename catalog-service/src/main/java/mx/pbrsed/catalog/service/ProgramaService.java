package mx.pbrsed.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.mapping.ProgramaMapper;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ObjetivoRepository;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.catalog.repository.ProgramaRepository;
import mx.pbrsed.catalog.rest.model.Objetivo;
import mx.pbrsed.catalog.rest.model.ObjetivoRequest;
import mx.pbrsed.catalog.rest.model.Programa;
import mx.pbrsed.catalog.rest.model.ProgramaRequest;

@ApplicationScoped
@Transactional
public class ProgramaService {
    private final ProgramaRepository programas;
    private final ObjetivoRepository objetivos;

    public ProgramaService(ProgramaRepository programas, ObjetivoRepository objetivos) {
        this.programas = programas;
        this.objetivos = objetivos;
    }

    public Programa crear(ProgramaRequest request) {
        if (programas.buscar(request.ejercicio(), request.clave()).isPresent()) {
            throw new ConflictoException("Ya existe el programa " + request.clave() + " en el ejercicio " + request.ejercicio());
        }
        var programa = new ProgramaEntity();
        programa.id = UUID.randomUUID();
        programa.creadoEn = OffsetDateTime.now();
        ProgramaMapper.copiar(request, programa);
        programas.persist(programa);
        return ProgramaMapper.aModelo(programa);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Programa> buscar(int ejercicio, String clave) {
        return programas.buscar(ejercicio, clave).map(ProgramaMapper::aModelo);
    }

    /** The MIR allows one FIN and one PROPOSITO; an ACTIVIDAD hangs from a COMPONENTE of the same program. */
    public Objetivo agregarObjetivo(int ejercicio, String clave, ObjetivoRequest request) {
        ProgramaEntity programa = programas.buscar(ejercicio, clave)
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"));
        Nivel nivel = request.nivel();
        boolean unico = nivel == Nivel.FIN || nivel == Nivel.PROPOSITO;
        if (unico && programa.objetivos.stream().anyMatch(o -> o.nivel == nivel)) {
            throw new DefinicionInvalidaException("nivel", "La MIR ya tiene un objetivo de nivel " + nivel);
        }
        if (nivel == Nivel.ACTIVIDAD) {
            boolean padreValido = request.padreId() != null && programa.objetivos.stream()
                    .anyMatch(o -> o.id.equals(request.padreId()) && o.nivel == Nivel.COMPONENTE);
            if (!padreValido) {
                throw new DefinicionInvalidaException("padreId", "Una ACTIVIDAD debe indicar un COMPONENTE del mismo programa");
            }
        } else if (request.padreId() != null) {
            throw new DefinicionInvalidaException("padreId", "Solo una ACTIVIDAD tiene objetivo padre");
        }
        var objetivo = new ObjetivoEntity();
        objetivo.id = UUID.randomUUID();
        objetivo.programa = programa;
        objetivo.nivel = nivel;
        objetivo.resumenNarrativo = request.resumenNarrativo();
        objetivo.responsable = request.responsable();
        objetivo.padreId = request.padreId();
        objetivos.persist(objetivo);
        programa.objetivos.add(objetivo);
        return ProgramaMapper.aModelo(objetivo);
    }
}
