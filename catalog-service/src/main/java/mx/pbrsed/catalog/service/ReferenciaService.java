package mx.pbrsed.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.Maximos;
import mx.pbrsed.catalog.domain.TipoReferencia;
import mx.pbrsed.catalog.repository.ReferenciaEntity;
import mx.pbrsed.catalog.repository.ReferenciaRepository;
import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import mx.pbrsed.platform.seguridad.Solicitante;

/** Plain CRUD over the reference catalogues, and the check that a program names entries in force. */
@ApplicationScoped
@Transactional
public class ReferenciaService {
    private final ReferenciaRepository referencias;

    public ReferenciaService(ReferenciaRepository referencias) {
        this.referencias = referencias;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenciaView> listar(TipoReferencia tipo) {
        return referencias.delTipo(tipo).stream().map(ReferenciaView::de).toList();
    }

    public ReferenciaView crear(TipoReferencia tipo, ReferenciaCommand entrada, Solicitante solicitante) {
        if (referencias.buscar(tipo, entrada.clave()).isPresent()) {
            throw new ConflictoException("Ya existe la clave " + entrada.clave() + " en el catálogo " + tipo);
        }
        if (referencias.count("tipo", tipo) >= Maximos.ENTRADAS_POR_CATALOGO) {
            throw new ConflictoException("El catálogo " + tipo + " ya tiene " + Maximos.ENTRADAS_POR_CATALOGO
                    + " entradas, el máximo; retire y reutilice claves");
        }
        boolean esUnidadResponsable = tipo == TipoReferencia.UNIDAD_RESPONSABLE;
        if (esUnidadResponsable) {
            vigente(TipoReferencia.RAMO, entrada.ramo(), "ramo");
        } else if (entrada.ramo() != null) {
            throw new DefinicionInvalidaException("ramo", "Solo una unidad responsable pertenece a un ramo");
        }
        var referencia = new ReferenciaEntity();
        referencia.tipo = tipo;
        referencia.clave = entrada.clave();
        referencia.nombre = entrada.nombre();
        referencia.ramoClave = entrada.ramo();
        referencia.registradoPor = solicitante.sujeto();
        referencias.persist(referencia);
        return ReferenciaView.de(referencia);
    }

    /** Retiring twice keeps the first date and author. */
    public ReferenciaView retirar(TipoReferencia tipo, String clave, Solicitante solicitante) {
        ReferenciaEntity referencia = referencias.buscar(tipo, clave)
                .orElseThrow(() -> new RecursoNoEncontradoException("en el catálogo " + tipo + " la clave", clave));
        if (referencia.retiradoEn == null) {
            referencia.retiradoEn = OffsetDateTime.now();
            referencia.retiradoPor = solicitante.sujeto();
        }
        return ReferenciaView.de(referencia);
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
}
