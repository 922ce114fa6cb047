package mx.pbrsed.platform.seguridad;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The token's subject is the author every write records, as the APIs describe it: at most
 * {@link Solicitante#LARGO_MAXIMO_SUJETO} characters. A write with a longer one is refused as
 * unauthenticated (401), before anything is read or stored; reads record nothing and go on.
 */
public class SujetoAcotado {
    private final JsonWebToken token;

    public SujetoAcotado(JsonWebToken token) {
        this.token = token;
    }

    @ServerRequestFilter
    public void exigir(ContainerRequestContext solicitud) {
        String metodo = solicitud.getMethod();
        if (HttpMethod.GET.equals(metodo) || HttpMethod.HEAD.equals(metodo) || HttpMethod.OPTIONS.equals(metodo)) {
            return;
        }
        String sujeto = token.getSubject();
        if (sujeto != null && sujeto.length() > Solicitante.LARGO_MAXIMO_SUJETO) {
            throw new AuthenticationFailedException("sujeto de más de " + Solicitante.LARGO_MAXIMO_SUJETO + " caracteres");
        }
    }
}
