package mx.pbrsed.evaluation.rest;

import jakarta.ws.rs.core.Application;
import mx.pbrsed.evaluation.rest.model.Limites;
import mx.pbrsed.platform.http.Problema;
import mx.pbrsed.platform.http.Problemas;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The parts of the OpenAPI document that no single resource owns: info, tags, the bearer scheme
 * and the error responses every operation refers to, so each problem is described once. A JAX-RS
 * Application because that is where SmallRye OpenAPI reads these annotations; it changes no path.
 */
@OpenAPIDefinition(
        info = @Info(title = "PbR-SED evaluation-service API", version = "1.0.0",
                description = "Avance and semáforo of every indicator of the state's programas presupuestarios, "
                        + "recomputed from the catalog's and capture's events, with the trace of every figure; "
                        + "summaries per program, unidad responsable and ramo, the printable report and the federal "
                        + "open-data CSV. Every operation needs a bearer JWT: reads take any of the roles consulta, "
                        + "capturista, validador or admin-catalogo; the rebuild takes admin-catalogo. Errors are "
                        + "RFC 9457 problem details.",
                contact = @Contact(name = "PbR-SED", url = "https://pbrsed.mx"),
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = ApiDefinition.RESULTADOS, description = "Avance and semáforo of each indicator, quarter by quarter"),
                @Tag(name = ApiDefinition.RESUMENES,
                        description = "Indicators, colours and avance financiero of a program, a UR or a ramo; the printable report"),
                @Tag(name = ApiDefinition.DATOS_ABIERTOS, description = "Exports in the federal open-data formats"),
                @Tag(name = ApiDefinition.ADMINISTRACION, description = "Operations on the whole evaluation")},
        servers = @Server(url = "http://127.0.0.1:8083", description = "local development"),
        components = @Components(responses = {
                @APIResponse(name = ApiDefinition.INVALIDO, description = "A parameter is invalid; errores names it",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "trimestre", ref = "ProblemaInvalido"))),
                @APIResponse(name = ApiDefinition.NO_AUTENTICADO,
                        description = "No bearer token, or one that is expired, badly signed or from another issuer",
                        headers = @Header(name = "WWW-Authenticate", description = "Always Bearer",
                                schema = @Schema(type = SchemaType.STRING, enumeration = "Bearer")),
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "sinToken", ref = "ProblemaNoAutenticado"))),
                @APIResponse(name = ApiDefinition.PROHIBIDO, description = "The token has none of the roles the operation takes",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "sinRol", ref = "ProblemaProhibido"))),
                @APIResponse(name = ApiDefinition.NO_ENCONTRADO, description = "The indicator, program, UR or ramo is unknown",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "programa", ref = "ProblemaNoEncontrado"))),
                @APIResponse(name = ApiDefinition.DEMASIADO_GRANDE, description = "The answer would pass what the service builds "
                        + "at once (" + Limites.INDICADORES_POR_CONSULTA + " indicators, " + Limites.PROGRAMAS_POR_CONSULTA
                        + " programs, " + Limites.CARACTERES_DOCUMENTO + " characters); real data never comes near",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "indicadores", ref = "ProblemaDemasiadoGrande")))}))
@SecurityScheme(securitySchemeName = ApiDefinition.JWT, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An RS256 JWT from the configured issuer; its groups claim carries the roles. Verified as RFC8725 "
                + "recommends for the algorithm (RS256 only: none and HMAC are refused), the signature, the issuer and the "
                + "expiry, and a subject is required; the audience is not checked.")
public class ApiDefinition extends Application {
    public static final String JWT = "jwt";

    public static final String RESULTADOS = "resultados";
    public static final String RESUMENES = "resumenes";
    public static final String DATOS_ABIERTOS = "datos-abiertos";
    public static final String ADMINISTRACION = "administracion";

    public static final String INVALIDO = "Invalido";
    public static final String NO_AUTENTICADO = "NoAutenticado";
    public static final String PROHIBIDO = "Prohibido";
    public static final String NO_ENCONTRADO = "NoEncontrado";
    public static final String DEMASIADO_GRANDE = "DemasiadoGrande";
}
