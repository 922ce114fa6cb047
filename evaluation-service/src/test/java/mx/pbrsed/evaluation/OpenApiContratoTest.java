package mx.pbrsed.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is what the service serves, byte for byte, so a frontend building
 * from the file builds against the real API. -Dpbr.openapi.actualizar=true rewrites the file.
 */
@QuarkusTest
class OpenApiContratoTest {
    private static final Path ARCHIVO = Path.of("openapi.yaml");
    private static final String REGENERAR = "./mvnw -pl evaluation-service verify -Dtest=OpenApiContratoTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dpbr.openapi.actualizar=true";

    @Test
    void elContratoServidoEsElDelArchivo() throws IOException {
        byte[] servido = given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asByteArray();
        if (Boolean.getBoolean("pbr.openapi.actualizar")) {
            Files.write(ARCHIVO, servido);
            return;
        }
        assertThat(ARCHIVO).as("evaluation-service/openapi.yaml is missing; create it with: %s", REGENERAR).exists();
        byte[] comprometido = Files.readAllBytes(ARCHIVO);
        assertThat(Arrays.equals(comprometido, servido))
                .as("The served OpenAPI differs from evaluation-service/openapi.yaml (%s). If the change is meant, "
                        + "regenerate the file and commit it: %s", primeraDiferencia(comprometido, servido), REGENERAR)
                .isTrue();
    }

    private static String primeraDiferencia(byte[] comprometido, byte[] servido) {
        List<String> archivo = new String(comprometido, StandardCharsets.UTF_8).lines().toList();
        List<String> servicio = new String(servido, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.min(archivo.size(), servicio.size()); i++) {
            if (!archivo.get(i).equals(servicio.get(i))) {
                return "line " + (i + 1) + ": file '" + archivo.get(i) + "', served '" + servicio.get(i) + "'";
            }
        }
        return "file has " + archivo.size() + " lines, served " + servicio.size();
    }
}
