package mx.pbrsed.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (openapi.yaml, what frontends and integrators build from) is exactly what the
 * service serves at /q/openapi, so a change of the API shows in review as a change of that file.
 */
@QuarkusTest
class OpenApiContratoTest {
    private static final Path CONTRATO = Path.of("openapi.yaml");
    private static final String REGENERAR = "./mvnw -pl catalog-service verify -Dtest=OpenApiContratoTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dpbr.openapi.actualizar=true";

    @Test
    void elContratoServidoEsElDelRepositorio() throws IOException {
        String servido = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("pbr.openapi.actualizar")) {
            Files.writeString(CONTRATO, servido);
            return;
        }
        if (!Files.exists(CONTRATO)) {
            fail("catalog-service/openapi.yaml is missing; write it with: " + REGENERAR);
        }
        String guardado = Files.readString(CONTRATO);
        if (!servido.equals(guardado)) {
            fail("The served OpenAPI differs from catalog-service/openapi.yaml " + primeraDiferencia(guardado, servido)
                    + "; if the API change is intended, regenerate the file with: " + REGENERAR);
        }
    }

    @Test
    void elContratoEsEstableEntrePeticiones() {
        String primera = given().accept("application/yaml").get("/q/openapi").then().extract().asString();
        assertThat(given().accept("application/yaml").get("/q/openapi").then().extract().asString()).isEqualTo(primera);
    }

    private static String primeraDiferencia(String guardado, String servido) {
        List<String> a = guardado.lines().toList();
        List<String> b = servido.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String antes = i < a.size() ? a.get(i) : "<end of file>";
            String ahora = i < b.size() ? b.get(i) : "<end of file>";
            if (!antes.equals(ahora)) {
                return "from line " + (i + 1) + ": the file has [" + antes.strip() + "], the service serves [" + ahora.strip() + "]";
            }
        }
        return "in line endings or the final newline";
    }
}
