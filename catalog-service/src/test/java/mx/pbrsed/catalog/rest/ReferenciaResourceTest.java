package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.ADMIN;
import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.comoAdmin;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.programa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ramos, unidades responsables and unidades de medida, and programs that must name entries in force. */
@QuarkusTest
class ReferenciaResourceTest {

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void losCatalogosTraenLosDatosDelSemillero() {
        JsonPath ramos = api().get("/ramos").then().statusCode(200).extract().jsonPath();
        assertThat(ramos.getString("find { it.clave == '04' }.nombre")).isEqualTo("GOBERNACIÓN");
        JsonPath unidades = api().get("/unidades-responsables").then().statusCode(200).extract().jsonPath();
        assertThat(unidades.getString("find { it.clave == '118' }.nombre"))
                .isEqualTo("INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE");
        assertThat(unidades.getString("find { it.clave == '118' }.ramo")).isEqualTo("04");
        // seeded by a migration: no token, no author
        assertThat(unidades.getString("find { it.clave == '118' }.registradoPor")).isNull();
        assertThat(api().get("/unidades-medida").then().statusCode(200).extract().jsonPath()
                .getList("clave", String.class)).contains("DOCUMENTO", "PERSONA", "PORCENTAJE");
    }

    @Test
    void seCreaUnRamoConSuUnidadYUnaClaveRepetidaEsConflicto() {
        String ramo = claveNueva("R");
        api().body("{\"clave\": \"" + ramo + "\", \"nombre\": \"EDUCACIÓN\"}").post("/ramos").then().statusCode(201)
                .header("Location", containsString("/ramos/" + ramo))
                .body("clave", equalTo(ramo)).body("nombre", equalTo("EDUCACIÓN"))
                .body("registradoPor", equalTo(ADMIN));
        esProblema(api().body("{\"clave\": \"" + ramo + "\", \"nombre\": \"OTRO\"}").post("/ramos").then(),
                409, "conflicto", "/ramos").body("detail", containsString(ramo));
        String unidad = claveNueva("U");
        api().body("{\"clave\": \"" + unidad + "\", \"nombre\": \"SECRETARÍA\", \"ramo\": \"" + ramo + "\"}")
                .post("/unidades-responsables").then().statusCode(201).body("ramo", equalTo(ramo));

        // and a program can now name them
        ObjectNode nuevo = programa(claveNueva("REF"));
        ((ObjectNode) nuevo.get("ramo")).put("clave", ramo);
        ((ObjectNode) nuevo.get("unidadResponsable")).put("clave", unidad);
        api().body(nuevo.toString()).post("/programas").then().statusCode(201)
                .body("ramo.nombre", equalTo("EDUCACIÓN"))
                .body("unidadResponsable.nombre", equalTo("SECRETARÍA"));
    }

    @Test
    void unaEntradaMalFormadaSeRechaza() {
        esProblema(api().body("{\"clave\": \"X1\", \"nombre\": \"U\", \"ramo\": \"99\"}").post("/unidades-responsables")
                .then(), 422, "definicion-invalida", "/unidades-responsables")
                .body("errores.campo", equalTo(List.of("ramo")));
        esProblema(api().body("{\"clave\": \"X2\", \"nombre\": \"U\"}").post("/unidades-responsables")
                .then(), 422, "definicion-invalida", "/unidades-responsables")
                .body("errores.campo", equalTo(List.of("ramo")));
        esProblema(api().body("{\"clave\": \"X3\", \"nombre\": \"M\", \"ramo\": \"04\"}").post("/unidades-medida")
                .then(), 422, "definicion-invalida", "/unidades-medida")
                .body("errores.campo", equalTo(List.of("ramo")));
        esProblema(api().body("{\"clave\": \"\", \"nombre\": \"M\"}").post("/unidades-medida")
                .then(), 400, "validacion", "/unidades-medida")
                .body("errores.campo", equalTo(List.of("clave")));
        assertThat(api().get("/unidades-responsables").then().extract().jsonPath().getList("clave", String.class))
                .doesNotContain("X1", "X2");
    }

    @Test
    void unProgramaConRamoOUnidadInexistenteRetiradoODeOtroRamoSeRechaza() {
        String ramo = claveNueva("R");
        api().body("{\"clave\": \"" + ramo + "\", \"nombre\": \"SALUD\"}").post("/ramos").then().statusCode(201);

        rechazarPrograma(p -> ((ObjectNode) p.get("ramo")).put("clave", "99"), "ramo.clave");
        rechazarPrograma(p -> ((ObjectNode) p.get("unidadResponsable")).put("clave", "999"), "unidadResponsable.clave");
        // UR 118 is of ramo 04
        rechazarPrograma(p -> ((ObjectNode) p.get("ramo")).put("clave", ramo), "unidadResponsable.clave");

        comoAdmin("otra.admin").post("/ramos/{clave}/retiro", ramo).then().statusCode(200)
                .body("retiradoEn", notNullValue())
                .body("registradoPor", equalTo(ADMIN))
                .body("retiradoPor", equalTo("otra.admin"));
        // retiring again keeps the first date and author
        api().post("/ramos/{clave}/retiro", ramo).then().statusCode(200).body("retiradoPor", equalTo("otra.admin"));
        api().body("{\"clave\": \"" + claveNueva("U") + "\", \"nombre\": \"U\", \"ramo\": \"" + ramo + "\"}")
                .post("/unidades-responsables").then().statusCode(422);
        esProblema(api().post("/ramos/{clave}/retiro", "NOEXISTE").then(), 404, "no-encontrado", "/ramos/NOEXISTE/retiro");
    }

    private static void rechazarPrograma(Consumer<ObjectNode> cambio, String campo) {
        String clave = claveNueva("RCH");
        ObjectNode programa = programa(clave);
        cambio.accept(programa);
        esProblema(api().body(programa.toString()).post("/programas").then(), 422, "definicion-invalida", "/programas")
                .body("errores.campo", equalTo(List.of(campo)));
        api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave).then().statusCode(404);
    }
}
