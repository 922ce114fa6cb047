package mx.pbrsed.evaluation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every error response must look like: RFC 9457 problem details and nothing of the internals. */
public final class Problemas {
    public static final String TIPO_BASE = "https://pbrsed.mx/problemas/";

    private Problemas() {
    }

    public static ResponseSpecification problema(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType("application/problem+json")
                .expectBody("type", startsWith(TIPO_BASE))
                .expectBody("title", notNullValue())
                .expectBody("status", equalTo(status))
                .expectBody("detail", notNullValue())
                .expectBody("instance", startsWith("/"))
                .expectBody(allOf(not(containsString("Exception")), not(containsString("java.")),
                        not(containsString("mx.pbrsed")), not(containsString("io.quarkus")),
                        not(containsString("SQL")), not(containsString("select "))))
                .build();
    }

    public static ResponseSpecification problema(int status, String tipo) {
        return new ResponseSpecBuilder().addResponseSpecification(problema(status))
                .expectBody("type", equalTo(TIPO_BASE + tipo))
                .build();
    }
}
