package mx.pbrsed.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Location of a created resource as a path reference (RFC 9110 allows it). Never built from the
 * request's Host header, which a client controls: JAX-RS's {@code Response.created} and
 * {@code UriInfo.getBaseUriBuilder} would reflect it.
 */
public final class Ubicaciones {
    private Ubicaciones() {
    }

    /** {@code /segmento/segmento...}, each segment percent-encoded. */
    public static String de(Object... segmentos) {
        return Arrays.stream(segmentos)
                .map(s -> URLEncoder.encode(String.valueOf(s), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/", "/", ""));
    }

    /** A 201 whose Location is {@link #de(Object...)} of the segments. */
    public static Response.ResponseBuilder creado(Object... segmentos) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, de(segmentos));
    }
}
