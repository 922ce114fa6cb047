package mx.pbrsed.capture.rest;

import mx.pbrsed.platform.http.Problemas;
import jakarta.ws.rs.core.Application;
import mx.pbrsed.platform.http.Problema;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API as a whole in the OpenAPI document: its description, tags, the bearer scheme and the
 * error responses many operations share (referenced by name from each operation).
 */
@OpenAPIDefinition(
        info = @Info(
                title = "PbR-SED capture-service API",
                version = "1.0.0",
                description = """
                        Quarterly capture of the values of the performance indicators of the budget programs \
                        (PbR-SED), validated against the definitions the catalog published: capture windows, \
                        versions, late captures, the validation workflow, evidence files and the programs' \
                        devengado.

                        Every operation needs a bearer JWT (scheme `jwt`) whose `groups` claim holds the roles: \
                        `capturista` (captures only for the unidad responsable in its `ur` claim), `validador`, \
                        `admin-catalogo` and `consulta`; every read accepts any of the four. The token's subject \
                        is recorded as the author of every write (`capturadoPor`, `validadoPor`, `actualizadoPor`, \
                        `subidoPor`).

                        Errors are RFC 9457 problem details (`application/problem+json`); `errores` names each \
                        rejected field and, in a batch, its row (`posicion`).""",
                contact = @Contact(name = "PbR-SED", url = "https://pbrsed.mx/"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "capturas", description = "Quarterly values of the indicators, their versions and their validation"),
                @Tag(name = "evidencias", description = "Evidence files attached to a captura version"),
                @Tag(name = "calendarios", description = "Capture windows per ejercicio and trimestre"),
                @Tag(name = "devengados", description = "Avance financiero: a program's accrued budget per quarter")
        },
        components = @Components(responses = {
                @APIResponse(name = ApiDefinition.SOLICITUD_INVALIDA, responseCode = "400",
                        description = "A field is missing, out of range or not of its type; `errores` names each one",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = {
                                        @ExampleObject(name = "validacion", ref = "ProblemaValidacion"),
                                        @ExampleObject(name = "jsonInvalido", ref = "ProblemaJsonInvalido")})),
                @APIResponse(name = ApiDefinition.NO_AUTENTICADO, responseCode = "401",
                        description = "No token, or one that is expired, not signed by the trusted issuer or from another issuer",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "noAutenticado", ref = "ProblemaNoAutenticado"))),
                @APIResponse(name = ApiDefinition.PROHIBIDO, responseCode = "403",
                        description = "The token's roles do not allow the operation",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "rol", ref = "ProblemaProhibidoRol"))),
                @APIResponse(name = ApiDefinition.PROHIBIDO_UNIDAD, responseCode = "403",
                        description = "The token's roles do not allow the operation, or the indicator belongs to another "
                                + "unidad responsable than the capturista's `ur` claim (or the token has no `ur`); nothing is stored",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = {
                                        @ExampleObject(name = "rol", ref = "ProblemaProhibidoRol"),
                                        @ExampleObject(name = "unidad", ref = "ProblemaProhibidoUnidad")})),
                @APIResponse(name = ApiDefinition.NO_ENCONTRADO, responseCode = "404",
                        description = "The path names nothing: an indicator-period without captura or an evidence file "
                                + "that is not there (an id that is not a UUID is a 400)",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "noEncontrado", ref = "ProblemaNoEncontrado"))),
                @APIResponse(name = ApiDefinition.TIPO_NO_SOPORTADO, responseCode = "415",
                        description = "The body's Content-Type is not one the operation reads",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "tipoNoSoportado", ref = "ProblemaTipoNoSoportado")))
        }))
@SecurityScheme(securitySchemeName = ApiDefinition.JWT, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An RS256 JWT from the trusted issuer, with the roles in `groups` and, for a capturista, `ur`. Verified "
                + "as RFC8725 recommends for the algorithm (RS256 only: none and HMAC are refused), the signature, the issuer "
                + "and the expiry; a subject longer than 255 characters is refused; the audience is not checked.")
public class ApiDefinition extends Application {
    static final String JWT = "jwt";
    static final String SOLICITUD_INVALIDA = "SolicitudInvalida";
    static final String NO_AUTENTICADO = "NoAutenticado";
    static final String PROHIBIDO = "Prohibido";
    static final String PROHIBIDO_UNIDAD = "ProhibidoUnidad";
    static final String NO_ENCONTRADO = "NoEncontrado";
    static final String TIPO_NO_SOPORTADO = "TipoNoSoportado";
    /** The seed's FIN indicator (IPAM, E011, 2023), the one the examples of a period's operations name. */
    static final String INDICADOR_EJEMPLO = "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b";
}
