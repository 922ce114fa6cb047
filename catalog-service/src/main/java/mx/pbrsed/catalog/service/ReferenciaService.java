package mx.pbrsed.catalog.service;

import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.TipoReferencia;
import mx.pbrsed.catalog.repository.ReferenciaEntity;
import mx.pbrsed.catalog.repository.ReferenciaRepository;
import mx.pbrsed.catalog.rest.model.Limites;
import mx.pbrsed.catalog.rest.model.Referencia;
import mx.pbrsed.catalog.rest.model.ReferenciaRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Plain CRUD over the reference catalogues, and the check that a program names entries in force. */
@ApplicationScoped
@Transactional
public class ReferenciaService {
    private final ReferenciaRepository referencias;
    private final JsonWebToken token;

    public ReferenciaService(ReferenciaRepository referencias, JsonWebToken token) {
        this.referencias = referencias;
        this.token = token;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Referencia> listar(TipoReferencia tipo) {
        return referencias.delTipo(tipo).stream().map(ReferenciaService::aModelo).toList();
    }

    public Referencia crear(TipoReferencia tipo, ReferenciaRequest request) {
        if (referencias.buscar(tipo, request.clave()).isPresent()) {
            throw new ConflictoException("Ya existe la clave " + request.clave() + " en el catálogo " + tipo);
        }
        if (referencias.count("tipo", tipo) >= Limites.ENTRADAS_POR_CATALOGO) {
            throw new ConflictoException("El catálogo " + tipo + " ya tiene " + Limites.ENTRADAS_POR_CATALOGO
                    + " entradas, el máximo; retire y reutilice claves");
        }
        boolean esUnidadResponsable = tipo == TipoReferencia.UNIDAD_RESPONSABLE;
        if (esUnidadResponsable) {
            vigente(TipoReferencia.RAMO, request.ramo(), "ramo");
        } else if (request.ramo() != null) {
            throw new DefinicionInvalidaException("ramo", "Solo una unidad responsable pertenece a un ramo");
        }
        var referencia = new ReferenciaEntity();
        referencia.tipo = tipo;
        referencia.clave = request.clave();
        referencia.nombre = request.nombre();
        referencia.ramoClave = request.ramo();
        referencia.registradoPor = token.getSubject();
        referencias.persist(referencia);
        return aModelo(referencia);
    }

    /** Retiring twice keeps the first date and author. */
    public Referencia retirar(TipoReferencia tipo, String clave) {
        ReferenciaEntity referencia = referencias.buscar(tipo, clave)
                .orElseThrow(() -> new RecursoNoEncontradoException("en el catálogo " + tipo + " la clave", clave));
        if (referencia.retiradoEn == null) {
            referencia.retiradoEn = OffsetDateTime.now();
            referencia.retiradoPor = token.getSubject();
        }
        return aModelo(referencia);
    }

    /** The entry, which must exist and not be retired; otherwise a 422 naming campo. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferenciaEntity vigente(TipoReferencia tipo, String clave, String campo) {
        ReferenciaEntity referencia = clave == null ? null : referencias.buscar(tipo, clave).orElse(null);
        if (referencia == null) {
            throw new DefinicionInvalidaException(campo, "No existe la clave " + clave + " en el catálogo " + tipo);
        }
        if (referencia.retiradoEn != null) {
            throw new DefinicionInvalidaException(campo, "La clave " + clave + " del catálogo " + tipo + " está retirada");
        }
        return referencia;
    }

    private static Referencia aModelo(ReferenciaEntity r) {
        return new Referencia(r.clave, r.nombre, r.ramoClave, r.retiradoEn, r.registradoPor, r.retiradoPor);
    }
}
