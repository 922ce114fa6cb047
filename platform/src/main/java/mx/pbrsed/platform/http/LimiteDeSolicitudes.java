package mx.pbrsed.platform.http;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Requests per token subject, reads and writes in separate buckets (pbr.http.lecturas.* and
 * pbr.http.escrituras.*: sustained per second and burst): one client, script or leaked token cannot take the capacity of everyone
 * else. Every answer to a counted request carries RateLimit-Limit, -Remaining and -Reset
 * (draft-ietf-httpapi-ratelimit-headers); beyond the limit the answer is a 429 problem with
 * Retry-After and nothing is done. A request without a valid token is not counted: the endpoint's
 * role check answers it 401, and the admission limit of {@link BordeHttp} bounds it.
 */
@Singleton
public class LimiteDeSolicitudes {
    public static final String LIMITE = "RateLimit-Limit";
    public static final String RESTANTES = "RateLimit-Remaining";
    public static final String REINICIO = "RateLimit-Reset";
    private static final Set<String> ESCRITURAS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CONSUMO = LimiteDeSolicitudes.class.getName() + ".consumo";
    /** Far more than the subjects of a state's agencies; only full (idle) buckets are forgotten past it. */
    private static final int MAXIMO_DE_SUJETOS = 100_000;

    private final CubetasPorSujeto lecturas;
    private final CubetasPorSujeto escrituras;
    private final CurrentIdentityAssociation identidades;

    public LimiteDeSolicitudes(
            @ConfigProperty(name = "pbr.http.lecturas.por-segundo", defaultValue = "50") double lecturasPorSegundo,
            @ConfigProperty(name = "pbr.http.lecturas.rafaga", defaultValue = "200") int lecturasRafaga,
            @ConfigProperty(name = "pbr.http.escrituras.por-segundo", defaultValue = "20") double escriturasPorSegundo,
            @ConfigProperty(name = "pbr.http.escrituras.rafaga", defaultValue = "100") int escriturasRafaga,
            CurrentIdentityAssociation identidades) {
        this.lecturas = new CubetasPorSujeto(lecturasPorSegundo, lecturasRafaga, MAXIMO_DE_SUJETOS, System::nanoTime);
        this.escrituras = new CubetasPorSujeto(escriturasPorSegundo, escriturasRafaga, MAXIMO_DE_SUJETOS, System::nanoTime);
        this.identidades = identidades;
    }

    @ServerRequestFilter
    public Uni<Response> limitar(ContainerRequestContext solicitud) {
        if (solicitud.getUriInfo().getPath().startsWith("/q/")) {
            return Uni.createFrom().nullItem();
        }
        boolean escritura = ESCRITURAS.contains(solicitud.getMethod());
        return identidades.getDeferredIdentity().onItemOrFailure().transform((identidad, falla) -> {
            if (falla != null || identidad == null || identidad.isAnonymous()) {
                return null;
            }
            String sujeto = identidad.getPrincipal().getName();
            CubetasPorSujeto.Consumo consumo = (escritura ? escrituras : lecturas).tomar(sujeto);
            solicitud.setProperty(CONSUMO, consumo);
            if (consumo.admitida()) {
                return null;
            }
            return Problemas.respuesta(429, "demasiadas-solicitudes", "Demasiadas solicitudes",
                            "Este token pasó del límite de " + consumo.limite() + (escritura ? " escrituras" : " lecturas")
                                    + " seguidas; reintente en " + consumo.segundosParaReintentar() + " s.",
                            solicitud.getUriInfo().getPath(), List.of())
                    .header(HttpHeaders.RETRY_AFTER, consumo.segundosParaReintentar())
                    .header(LIMITE, consumo.limite())
                    .header(RESTANTES, consumo.restantes())
                    .header(REINICIO, consumo.segundosParaLlenarse())
                    .build();
        });
    }

    @ServerResponseFilter
    public void informar(ContainerRequestContext solicitud, ContainerResponseContext respuesta) {
        if (solicitud.getProperty(CONSUMO) instanceof CubetasPorSujeto.Consumo consumo
                && !respuesta.getHeaders().containsKey(LIMITE)) {
            respuesta.getHeaders().putSingle(LIMITE, consumo.limite());
            respuesta.getHeaders().putSingle(RESTANTES, consumo.restantes());
            respuesta.getHeaders().putSingle(REINICIO, consumo.segundosParaLlenarse());
        }
    }
}
