package mx.pbrsed.capture.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract, openapi.yaml, is the served /q/openapi byte for byte, so a change of the
 * API shows in review. After an intended change, regenerate it with the command in the failure.
 */
@QuarkusTest
class OpenApiContratoTest {
    private static final Path CONTRATO = Path.of("openapi.yaml");
    private static final String REGENERAR = "./mvnw -pl capture-service verify -Dtest=OpenApiContratoTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dpbr.openapi.actualizar=true";

    @Test
    void elContratoServidoEsElArchivoVersionado() throws IOException {
        byte[] servido = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asByteArray();
        if (Boolean.getBoolean("pbr.openapi.actualizar")) {
            Files.write(CONTRATO, servido);
            return;
        }
        assertThat(CONTRATO).as("falta capture-service/openapi.yaml; se genera con: " + REGENERAR).exists();
        assertThat(new String(servido, StandardCharsets.UTF_8))
                .as("capture-service/openapi.yaml no es el contrato servido en /q/openapi; si el cambio es intencional, "
                        + "regenerarlo con: " + REGENERAR)
                .isEqualTo(Files.readString(CONTRATO, StandardCharsets.UTF_8));
    }
}
