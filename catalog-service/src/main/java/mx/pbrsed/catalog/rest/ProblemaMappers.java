package mx.pbrsed.catalog.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.FormulaInvalidaException;
import mx.pbrsed.catalog.service.ConflictoException;
import mx.pbrsed.catalog.service.ErrorEnDocumentoException;
import mx.pbrsed.platform.http.Problema.ErrorCampo;
import mx.pbrsed.platform.http.Problemas;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The catalog's own refusals as RFC 9457 problems; the failures every service shares are the platform's. */
public class ProblemaMappers {

    @ServerExceptionMapper
    public Response definicionInvalida(DefinicionInvalidaException e, UriInfo uri) {
        return definicionInvalida(e, "", uri);
    }

    @ServerExceptionMapper
    public Response formulaInvalida(FormulaInvalidaException e, UriInfo uri) {
        return formulaInvalida(e, "", uri);
    }

    /** The same problems, with the field located in the imported document. */
    @ServerExceptionMapper
    public Response errorEnDocumento(ErrorEnDocumentoException e, UriInfo uri) {
        return e.getCause() instanceof FormulaInvalidaException f
                ? formulaInvalida(f, e.ruta(), uri)
                : definicionInvalida((DefinicionInvalidaException) e.getCause(), e.ruta(), uri);
    }

    @ServerExceptionMapper
    public Response conflicto(ConflictoException e, UriInfo uri) {
        return respuesta(409, "conflicto", "Conflicto", e.getMessage(), uri, List.of());
    }

    private static Response definicionInvalida(DefinicionInvalidaException e, String ruta, UriInfo uri) {
        return respuesta(422, "definicion-invalida", "Definición inválida", e.getMessage(), uri,
                List.of(new ErrorCampo(ruta + e.campo(), e.getMessage())));
    }

    private static Response formulaInvalida(FormulaInvalidaException e, String ruta, UriInfo uri) {
        return respuesta(422, "formula-invalida", "Fórmula inválida", e.getMessage(), uri,
                List.of(new ErrorCampo(ruta + "metodoCalculo.expresion", e.getMessage(), e.posicion())));
    }

    private static Response respuesta(int estado, String tipo, String titulo, String detalle, UriInfo uri,
                                      List<ErrorCampo> errores) {
        return Problemas.respuesta(estado, tipo, titulo, detalle, uri.getPath(), errores).build();
    }
}
