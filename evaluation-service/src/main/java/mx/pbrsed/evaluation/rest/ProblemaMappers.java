package mx.pbrsed.evaluation.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.pbrsed.evaluation.service.RespuestaDemasiadoGrandeException;
import mx.pbrsed.platform.http.Problemas;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** evaluation's own failures as problems; the platform's ProblemaMappers answer everything else. */
public class ProblemaMappers {

    @ServerExceptionMapper
    public Response demasiadoGrande(RespuestaDemasiadoGrandeException e, UriInfo uri) {
        return Problemas.respuesta(422, "respuesta-demasiado-grande", "Respuesta demasiado grande", e.getMessage(),
                uri.getPath(), List.of()).build();
    }
}
