package mx.pbrsed.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contract document (the AsyncAPI, or a service's OpenAPI 3.1) as a checker of the JSON the
 * harness sends. Each schema is compiled inside a copy of the document, so its $refs to
 * #/components resolve; formats (uuid, date-time) are asserted, not only annotated. The end-to-end
 * tests check the records the services publish with it too, so the contract is read one way only.
 */
public final class Contrato {
    /** JSON Schema 2020-12, with the document's components (where the $refs point) known as no validation keyword. */
    private static final Dialect DIALECTO = Dialect.builder(Dialects.getDraft202012())
            .keyword(new NonValidationKeyword("components")).build();

    private final JsonNode documento;
    private final SchemaRegistry esquemas = SchemaRegistry.withDefaultDialect(DIALECTO,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private Contrato(JsonNode documento) {
        this.documento = documento;
    }

    public static Contrato leer(Path yaml) throws IOException {
        return new Contrato(new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile()));
    }

    /** The AsyncAPI's message of the channel with this address (without the run's topic prefix). */
    public Mensaje mensaje(String direccion) {
        for (var canal : documento.get("channels").properties()) {
            if (direccion.equals(canal.getValue().path("address").asText())) {
                JsonNode mensaje = resolver(canal.getValue().get("messages").elements().next());
                return new Mensaje(mensaje.path("name").asText(), esquema(mensaje.get("payload")),
                        mensaje.has("headers") ? esquema(mensaje.get("headers")) : null);
            }
        }
        throw new IllegalArgumentException("La AsyncAPI no documenta el topic " + direccion);
    }

    /** The OpenAPI's schema of an operation's JSON request body, e.g. ("/capturas", "post"). */
    Schema cuerpo(String ruta, String metodo) {
        JsonNode cuerpo = resolver(documento.path("paths").path(ruta).path(metodo).path("requestBody"));
        JsonNode esquema = cuerpo.path("content").path(Api.JSON).path("schema");
        if (esquema.isMissingNode()) {
            throw new IllegalArgumentException("La OpenAPI no documenta un cuerpo JSON de " + metodo + " " + ruta);
        }
        return esquema(esquema);
    }

    private Schema esquema(JsonNode nodo) {
        ObjectNode envoltura = Json.MAPPER.createObjectNode();
        envoltura.set("allOf", Json.MAPPER.createArrayNode().add(nodo));
        envoltura.set("components", documento.get("components"));
        // a location of its own: the registry caches schemas by location
        return esquemas.getSchema(SchemaLocation.of("urn:pbrsed:contrato:" + UUID.randomUUID()), envoltura);
    }

    /** The node a local $ref (or a chain of them) points to. */
    private JsonNode resolver(JsonNode nodo) {
        JsonNode actual = nodo;
        while (actual.has("$ref")) {
            actual = documento.at(actual.get("$ref").asText().substring(1));
        }
        return actual;
    }

    /** One channel's documented message: the schema of its payload and of its CloudEvents headers. */
    public record Mensaje(String nombre, Schema carga, Schema cabeceras) {

        /** Every way a record departs from the message; empty when it conforms. */
        public List<String> incumplimientos(String clave, Map<String, String> cabecerasDelRegistro, JsonNode valor) {
            List<String> errores = new ArrayList<>();
            carga.validate(valor).forEach(e -> errores.add("carga " + e));
            if (cabeceras == null) {
                errores.add("el mensaje " + nombre + " no documenta sus cabeceras");
                return errores;
            }
            ObjectNode comoJson = Json.MAPPER.createObjectNode();
            cabecerasDelRegistro.forEach(comoJson::put);
            cabeceras.validate(comoJson).forEach(e -> errores.add("cabeceras " + e));
            // what a schema cannot say: the CloudEvent names the event and the record it travels in
            if (!String.valueOf(cabecerasDelRegistro.get("ce_id")).equals(valor.path("eventId").asText())) {
                errores.add("ce_id " + cabecerasDelRegistro.get("ce_id") + " no es el eventId " + valor.path("eventId"));
            }
            if (!String.valueOf(cabecerasDelRegistro.get("ce_subject")).equals(clave)) {
                errores.add("ce_subject " + cabecerasDelRegistro.get("ce_subject") + " no es la clave " + clave);
            }
            return errores;
        }
    }
}
