package mx.pbrsed.capture.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The shape every error answer must have: RFC 9457 problem details, nothing internal in them. */
final class Problemas {
    private Problemas() {
    }

    static ValidatableResponse assertProblema(Response respuesta, int estado) {
        ValidatableResponse validada = respuesta.then()
                .statusCode(estado)
                .contentType("application/problem+json")
                .body("type", startsWith("https://pbrsed.mx/problemas/"),
                        "title", not(emptyOrNullString()),
                        "status", equalTo(estado),
                        "detail", not(emptyOrNullString()),
                        "instance", startsWith("/"));
        assertThat(respuesta.asString()).as("sin clases, pilas ni SQL")
                .doesNotContain("Exception", "java.", "jakarta.", "org.", "io.quarkus", "mx.pbrsed", "\tat ",
                        "SQL", "select ", "insert ", "update ");
        return validada;
    }
}
