package mx.pbrsed.capture.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.regex.Pattern;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.service.IdempotenciaService;
import mx.pbrsed.platform.http.ParametroInvalidoException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The Idempotency-Key header, checked before any write reads its body: once, 1 to 200 visible
 * ASCII characters, so the key stored and compared is exactly the one sent. Read from the raw
 * headers: an empty header reaches a resource as no header, and would run the write without its key.
 */
public class ClaveDeIdempotencia {
    private static final Pattern CLAVE = Pattern.compile(Limites.PATRON_CLAVE_IDEMPOTENCIA);

    @ServerRequestFilter
    public void exigir(ContainerRequestContext solicitud) {
        List<String> valores = solicitud.getHeaders().get(IdempotenciaService.CABECERA);
        if (valores != null && (valores.size() != 1 || !CLAVE.matcher(valores.get(0)).matches())) {
            throw new ParametroInvalidoException(IdempotenciaService.CABECERA, "La cabecera " + IdempotenciaService.CABECERA
                    + " va una sola vez, con 1 a " + Limites.CLAVE_IDEMPOTENCIA + " caracteres ASCII visibles (sin espacios)");
        }
    }
}
