package mx.pbrsed.catalog.rest;

import jakarta.ws.rs.core.Application;
import mx.pbrsed.platform.http.LimiteDeSolicitudes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contract's own parts: info, tags, the bearer scheme and the error responses every operation
 * names by reference (each an RFC 9457 problem), so one error reads the same wherever it occurs.
 * smallrye-openapi reads these annotations from the JAX-RS Application; its getClasses() stays empty, so
 * every resource is still found.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "PbR-SED catalog-service API",
                version = "1.0.0",
                description = """
                        Programas presupuestarios of each ejercicio, their MIR (objectives by nivel) and the fichas \
                        técnicas of their indicators: formula, variables, metas calendarizadas and semáforo ranges. \
                        Every accepted change is a new version, published on the `indicadores` and `programas` topics.

                        Every operation needs a bearer JWT (RS256) whose `groups` claim holds a role: any of \
                        `capturista`, `validador`, `admin-catalogo` or `consulta` reads; only `admin-catalogo` writes. \
                        Each write records the token's subject (`registradoPor`). Errors are RFC 9457 problem \
                        details (`application/problem+json`).""",
                contact = @Contact(name = "PbR-SED", url = "https://pbrsed.mx"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "programas", description = "Programas presupuestarios, their MIR and the whole-program document"),
                @Tag(name = "indicadores", description = "Fichas técnicas of the indicators, their versions and the history of their metas"),
                @Tag(name = "catalogos", description = "Reference catalogues: ramos, unidades responsables and unidades de medida")
        },
        components = @Components(headers = {
                @Header(name = ApiDefinition.LIMITE, description = "Requests the token may make at once (its bucket)",
                        schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000")),
                @Header(name = ApiDefinition.RESTANTES, description = "Requests left in the bucket",
                        schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000")),
                @Header(name = ApiDefinition.REINICIO, description = "Seconds until the bucket is full again",
                        schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000"))
        }, responses = {
                @APIResponse(name = ApiDefinition.VALIDACION, headers = {
                        @Header(name = ApiDefinition.LIMITE, ref = ApiDefinition.LIMITE),
                        @Header(name = ApiDefinition.RESTANTES, ref = ApiDefinition.RESTANTES),
                        @Header(name = ApiDefinition.REINICIO, ref = ApiDefinition.REINICIO)},
                        description = "The request is malformed: a field or parameter is "
                        + "invalid (validacion, listing each one in errores) or the body is not the JSON expected (json-invalido)",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = {
                                        @ExampleObject(name = "validacion", ref = "problema-validacion"),
                                        @ExampleObject(name = "json-invalido", ref = "problema-json-invalido")})),
                @APIResponse(name = ApiDefinition.NO_AUTENTICADO, description = "No bearer token, or one whose signature, "
                        + "issuer or expiry is not accepted",
                        headers = @Header(name = "WWW-Authenticate", description = "Bearer",
                                schema = @Schema(type = SchemaType.STRING, maxLength = 100, enumeration = "Bearer")),
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "no-autenticado", ref = "problema-no-autenticado"))),
                @APIResponse(name = ApiDefinition.PROHIBIDO, description = "The token's roles do not allow the operation",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "prohibido", ref = "problema-prohibido"))),
                @APIResponse(name = ApiDefinition.NO_ENCONTRADO, headers = {
                        @Header(name = ApiDefinition.LIMITE, ref = ApiDefinition.LIMITE),
                        @Header(name = ApiDefinition.RESTANTES, ref = ApiDefinition.RESTANTES),
                        @Header(name = ApiDefinition.REINICIO, ref = ApiDefinition.REINICIO)},
                        description = "No such programa, objective, indicator, version or entry, or a path "
                        + "that names none (an ejercicio that is not a number, an id that is not a UUID)",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "no-encontrado", ref = "problema-no-encontrado"))),
                @APIResponse(name = ApiDefinition.CONFLICTO, headers = {
                        @Header(name = ApiDefinition.LIMITE, ref = ApiDefinition.LIMITE),
                        @Header(name = ApiDefinition.RESTANTES, ref = ApiDefinition.RESTANTES),
                        @Header(name = ApiDefinition.REINICIO, ref = ApiDefinition.REINICIO)},
                        description = "The change collides with what the catalog holds: "
                        + "a clave already taken, a retired indicator, an indicator with capturas",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "conflicto", ref = "problema-conflicto"))),
                @APIResponse(name = ApiDefinition.DEMASIADO_GRANDE, description = "The body is larger than the server accepts",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "demasiado-grande", ref = "problema-demasiado-grande"))),
                @APIResponse(name = ApiDefinition.TIPO_NO_SOPORTADO, description = "The body is not application/json",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = @ExampleObject(name = "http-415", ref = "problema-tipo-no-soportado"))),
                @APIResponse(name = ApiDefinition.DEFINICION_INVALIDA, headers = {
                        @Header(name = ApiDefinition.LIMITE, ref = ApiDefinition.LIMITE),
                        @Header(name = ApiDefinition.RESTANTES, ref = ApiDefinition.RESTANTES),
                        @Header(name = ApiDefinition.REINICIO, ref = ApiDefinition.REINICIO)},
                        description = "Well-formed but not a definition the "
                        + "catalog can compute or accept (definicion-invalida), or a formula it cannot parse (formula-invalida, "
                        + "with the position)",
                        content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                                examples = {
                                        @ExampleObject(name = "definicion-invalida", ref = "problema-definicion-invalida"),
                                        @ExampleObject(name = "formula-invalida", ref = "problema-formula-invalida")}))
        }))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An RS256 JWT from the configured issuer; its groups claim carries the roles. Verified as RFC8725 "
                + "recommends for the algorithm (RS256 only: none and HMAC are refused), the signature, the issuer and the "
                + "expiry, and a subject is required; the audience is not checked.")
public class ApiDefinition extends Application {
    static final String VALIDACION = "Validacion";
    static final String NO_AUTENTICADO = "NoAutenticado";
    static final String PROHIBIDO = "Prohibido";
    static final String NO_ENCONTRADO = "NoEncontrado";
    static final String CONFLICTO = "Conflicto";
    static final String DEMASIADO_GRANDE = "DemasiadoGrande";
    static final String TIPO_NO_SOPORTADO = "TipoNoSoportado";
    static final String DEFINICION_INVALIDA = "DefinicionInvalida";
    /** A created resource's Location: a relative path of percent-encoded claves and ids, far under this. */
    static final int UBICACION_MAXIMA = 200;
    /**
     * The rate-limit headers the platform's limiter adds to every answer to a request it counted: a
     * 400, 404, 409 or 422 carries them; a 401, 403, 413 or 415, answered before the limiter runs,
     * does not.
     */
    static final String LIMITE = LimiteDeSolicitudes.LIMITE;
    static final String RESTANTES = LimiteDeSolicitudes.RESTANTES;
    static final String REINICIO = LimiteDeSolicitudes.REINICIO;
}
