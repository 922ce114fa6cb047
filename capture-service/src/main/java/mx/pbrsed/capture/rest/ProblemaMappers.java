package mx.pbrsed.capture.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.pbrsed.capture.domain.CalendarioRechazadoException;
import mx.pbrsed.capture.domain.CapturaRechazadaException;
import mx.pbrsed.capture.domain.EvidenciaRechazadaException;
import mx.pbrsed.capture.domain.IndicadorNoReplicadoException;
import mx.pbrsed.capture.domain.TransicionNoPermitidaException;
import mx.pbrsed.capture.service.IdempotenciaConflictoException;
import mx.pbrsed.capture.service.IdempotenciaService;
import mx.pbrsed.capture.service.LoteIlegibleException;
import mx.pbrsed.capture.service.LoteNoReplicadoException;
import mx.pbrsed.capture.service.LoteRechazadoException;
import mx.pbrsed.capture.service.UnidadAjenaException;
import mx.pbrsed.platform.http.Problema.ErrorCampo;
import mx.pbrsed.platform.http.Problemas;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Capture's own refusals as RFC 9457 problems; the failures every service shares are the platform's. */
public class ProblemaMappers {
    static final String INDICADOR_NO_REPLICADO = "indicador-no-replicado";
    /** The catalog's events reach the replica within a fraction of a second: one second is a whole wait. */
    static final int SEGUNDOS_PARA_REINTENTAR_REPLICA = 1;

    @ServerExceptionMapper
    public Response capturaRechazada(CapturaRechazadaException e, UriInfo uri) {
        return respuesta(422, "captura-rechazada", "Captura rechazada", e.getMessage(), uri,
                List.of(new ErrorCampo(e.campo(), e.getMessage())));
    }

    /**
     * 409, not 422: the request conflicts with what capture's replica holds now, which changes as the
     * catalog's events arrive (100-200 ms after a publication); Retry-After says when to try again.
     */
    @ServerExceptionMapper
    public Response indicadorNoReplicado(IndicadorNoReplicadoException e, UriInfo uri) {
        return noReplicado(e.getMessage(), uri, List.of(new ErrorCampo(e.campo(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response loteNoReplicado(LoteNoReplicadoException e, UriInfo uri) {
        return noReplicado(e.getMessage(), uri, e.filas().stream().map(f -> new ErrorCampo(f.campo(), f.mensaje(), f.fila())).toList());
    }

    private static Response noReplicado(String detalle, UriInfo uri, List<ErrorCampo> errores) {
        return Problemas.respuesta(409, INDICADOR_NO_REPLICADO, "Indicador aún no replicado", detalle, uri.getPath(), errores)
                .header(HttpHeaders.RETRY_AFTER, SEGUNDOS_PARA_REINTENTAR_REPLICA).build();
    }

    @ServerExceptionMapper
    public Response calendarioRechazado(CalendarioRechazadoException e, UriInfo uri) {
        return respuesta(422, "calendario-rechazado", "Calendario rechazado", e.getMessage(), uri,
                e.rechazos().stream().map(r -> new ErrorCampo(r.campo(), r.mensaje())).toList());
    }

    @ServerExceptionMapper
    public Response transicionNoPermitida(TransicionNoPermitidaException e, UriInfo uri) {
        return respuesta(409, "transicion-no-permitida", "Transición no permitida", e.getMessage(), uri,
                List.of(new ErrorCampo("estado", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response evidenciaRechazada(EvidenciaRechazadaException e, UriInfo uri) {
        int estado = switch (e.motivo()) {
            case NOMBRE -> 400;
            case TIPO -> 415;
            case TAMANO -> 413;
            case CONTENIDO -> 422;
            case CANTIDAD -> 409;
        };
        return respuesta(estado, "evidencia-rechazada", "Evidencia rechazada", e.getMessage(), uri,
                List.of(new ErrorCampo(e.campo(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response loteRechazado(LoteRechazadoException e, UriInfo uri) {
        return respuesta(422, "lote-rechazado", "Lote rechazado", e.getMessage(), uri,
                e.filas().stream().map(f -> new ErrorCampo(f.campo(), f.mensaje(), f.fila())).toList());
    }

    /** Reading stopped at the first row past the limits, or at what is not CSV: what was read is dropped, nothing stored. */
    @ServerExceptionMapper
    public Response loteIlegible(LoteIlegibleException e, UriInfo uri) {
        var errores = List.of(new ErrorCampo(e.campo(), e.getMessage(), e.fila()));
        return switch (e.motivo()) {
            case DEMASIADO_GRANDE -> respuesta(413, "lote-demasiado-grande", "Lote demasiado grande", e.getMessage(), uri, errores);
            case CSV_INVALIDO -> respuesta(400, "csv-invalido", "CSV inválido", e.getMessage(), uri, errores);
        };
    }

    @ServerExceptionMapper
    public Response cuerpoDemasiadoGrande(CuerpoDemasiadoGrandeException e, UriInfo uri) {
        return respuesta(413, "demasiado-grande", "Cuerpo demasiado grande", e.getMessage(), uri, List.of());
    }

    /** The lotes and evidence files under way fill the heap's budget: this one was not read. */
    @ServerExceptionMapper
    public Response cupoAgotado(CupoAgotadoException e, UriInfo uri) {
        return Problemas.respuesta(503, "cargas-simultaneas", "Demasiadas cargas simultáneas", e.getMessage(),
                        uri.getPath(), List.of())
                .header(HttpHeaders.RETRY_AFTER, CupoDeCargas.SEGUNDOS_PARA_REINTENTAR).build();
    }

    @ServerExceptionMapper
    public Response idempotenciaConflicto(IdempotenciaConflictoException e, UriInfo uri) {
        return respuesta(422, "idempotencia-conflicto", "Clave de idempotencia en conflicto", e.getMessage(), uri,
                List.of(new ErrorCampo(IdempotenciaService.CABECERA, e.getMessage())));
    }

    @ServerExceptionMapper
    public Response unidadAjena(UnidadAjenaException e, UriInfo uri) {
        return respuesta(403, "prohibido", "Prohibido", e.getMessage(), uri,
                e.ajenos().stream().map(a -> new ErrorCampo(a.campo(), a.mensaje(), a.fila())).toList());
    }

    private static Response respuesta(int estado, String tipo, String titulo, String detalle, UriInfo uri,
                                      List<ErrorCampo> errores) {
        return Problemas.respuesta(estado, tipo, titulo, detalle, uri.getPath(), errores).build();
    }
}
