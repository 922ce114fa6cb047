package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.ADMIN;
import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.actividad;
import static mx.pbrsed.catalog.CatalogoApi.agregarObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.comoAdmin;
import static mx.pbrsed.catalog.CatalogoApi.crearPrograma;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static mx.pbrsed.catalog.CatalogoApi.postObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.programa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramaResourceTest {

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void creaElProgramaDelSemilleroYLoDevuelve() {
        String clave = claveNueva("PRG");

        String location = api().body(programa(clave).toString())
                .post("/programas")
                .then().statusCode(201)
                .header("Location", endsWith("/programas/" + EJERCICIO + "/" + clave))
                .body("id", notNullValue())
                .body("ejercicio", equalTo(EJERCICIO))
                .body("clave", equalTo(clave))
                .extract().header("Location");

        JsonPath programa = api().get(location).then().statusCode(200).extract().jsonPath();
        assertThat(programa.getInt("ejercicio")).isEqualTo(EJERCICIO);
        assertThat(programa.getString("clave")).isEqualTo(clave);
        assertThat(programa.getString("nombre")).isEqualTo("PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO");
        assertThat(programa.getString("ramo.clave")).isEqualTo("04");
        assertThat(programa.getString("ramo.nombre")).isEqualTo("GOBERNACIÓN");
        assertThat(programa.getString("unidadResponsable.clave")).isEqualTo("118");
        assertThat(programa.getString("unidadResponsable.nombre")).isEqualTo("INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE");
        assertThat(programa.getObject("presupuestoAprobado", BigDecimal.class)).isEqualByComparingTo("45022975.00");
        assertThat(programa.getObject("presupuestoModificado", BigDecimal.class)).isEqualByComparingTo("47812885.90");
        assertThat(programa.getList("objetivos")).isEmpty();
    }

    @Test
    void cadaVersionDelProgramaYCadaObjetivoNombranAlSujetoDelToken() {
        String clave = claveNueva("AUT");
        String ruta = "/programas/" + EJERCICIO + "/" + clave;
        api().body(programa(clave).toString()).post("/programas").then().statusCode(201)
                .body("version", equalTo(1)).body("registradoPor", equalTo(ADMIN)).body("actualizadoEn", notNullValue());
        comoAdmin("otra.admin").body(objetivo("FIN").toString()).post(ruta + "/objetivos").then().statusCode(201)
                .body("registradoPor", equalTo("otra.admin"));

        String cambio = "{\"nombre\": \"PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO\", \"presupuestoModificado\": 48000000.00}";
        comoAdmin("otra.admin").body(cambio).put(ruta).then().statusCode(200)
                .body("version", equalTo(2)).body("registradoPor", equalTo("otra.admin"));
        // the same values again are no change: the version keeps its author
        comoAdmin("tercera.admin").body(cambio).put(ruta).then().statusCode(200)
                .body("version", equalTo(2)).body("registradoPor", equalTo("otra.admin"));
        api().get(ruta).then().statusCode(200)
                .body("registradoPor", equalTo("otra.admin"))
                .body("objetivos.registradoPor", equalTo(List.of("otra.admin")));
    }

    @Test
    void unProgramaInexistenteEsUn404ConProblema() {
        esProblema(api().get("/programas/{ejercicio}/{clave}", EJERCICIO, "NOEXISTE").then(),
                404, "no-encontrado", "/programas/" + EJERCICIO + "/NOEXISTE")
                .body("detail", containsString("NOEXISTE"))
                .body("errores", nullValue());
    }

    @Test
    void laClaveEsUnicaPorEjercicio() {
        String clave = claveNueva("DUP");
        crearPrograma(clave);

        esProblema(api().body(programa(clave).toString()).post("/programas").then(), 409, "conflicto", "/programas")
                .body("detail", containsString(clave));

        // the same clave in another ejercicio is another programa
        api().body(programa(clave).put("ejercicio", EJERCICIO + 1).toString())
                .post("/programas")
                .then().statusCode(201)
                .header("Location", endsWith("/programas/" + (EJERCICIO + 1) + "/" + clave));
        api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave).then().statusCode(200)
                .body("presupuestoAprobado", comparesEqualTo(new BigDecimal("45022975.00")));
    }

    @Test
    void losCamposFaltantesSeListanEnErrores() {
        esProblema(api().body("{\"ejercicio\": 2023}").post("/programas").then(), 400, "validacion", "/programas")
                .body("errores.campo", equalTo(List.of("clave", "nombre", "presupuestoAprobado",
                        "presupuestoModificado", "ramo", "unidadResponsable")))
                .body("errores.mensaje", hasSize(6));
    }

    @Test
    void unCampoAnidadoInvalidoSeNombraConSuRuta() {
        ObjectNode programa = programa(claveNueva("ANI"));
        ((ObjectNode) programa.get("ramo")).put("clave", "");

        esProblema(api().body(programa.toString()).post("/programas").then(), 400, "validacion", "/programas")
                .body("errores.campo", equalTo(List.of("ramo.clave")));
    }

    @Test
    void unPresupuestoNegativoSeRechaza() {
        String clave = claveNueva("NEG");

        esProblema(api().body(programa(clave).put("presupuestoAprobado", new BigDecimal("-1.00")).toString())
                .post("/programas").then(), 400, "validacion", "/programas")
                .body("errores.campo", equalTo(List.of("presupuestoAprobado")));
        api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave).then().statusCode(404);
    }

    @Test
    void unPresupuestoConMasDeDosDecimalesSeRechaza() {
        String clave = claveNueva("DEC");

        esProblema(api().body(programa(clave).put("presupuestoModificado", new BigDecimal("47812885.905")).toString())
                .post("/programas").then(), 400, "validacion", "/programas")
                .body("errores.campo", equalTo(List.of("presupuestoModificado")));
        api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave).then().statusCode(404);
    }

    @Test
    void laMirAdmiteLosCuatroNivelesYLosDevuelveEnSuOrden() {
        String clave = claveNueva("MIR");
        crearPrograma(clave);

        // added bottom-up on purpose, so the order returned is not the order of insertion
        UUID componente = agregarObjetivo(clave, objetivo("COMPONENTE"));
        postObjetivo(clave, actividad(componente)).statusCode(201)
                .body("id", notNullValue())
                .body("nivel", equalTo("ACTIVIDAD"))
                .body("padreId", equalTo(componente.toString()));
        postObjetivo(clave, objetivo("PROPOSITO")).statusCode(201)
                .body("nivel", equalTo("PROPOSITO"))
                .body("padreId", nullValue());
        UUID fin = agregarObjetivo(clave, objetivo("FIN"));

        JsonPath programa = api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave)
                .then().statusCode(200).extract().jsonPath();
        assertThat(programa.getList("objetivos.nivel", String.class))
                .containsExactly("FIN", "PROPOSITO", "COMPONENTE", "ACTIVIDAD");
        // the claves a whole-program document names them by, given by default
        assertThat(programa.getList("objetivos.clave", String.class)).containsExactly("FIN", "PROPOSITO", "C1", "C1.A1");
        assertThat(programa.getString("objetivos[0].id")).isEqualTo(fin.toString());
        assertThat(programa.getString("objetivos[0].resumenNarrativo")).startsWith("CONTRIBUIR A PROTEGER");
        assertThat(programa.getString("objetivos[0].responsable"))
                .isEqualTo("UNIDAD DE GESTIÓN PARA EL DESARROLLO INTEGRAL DEL MIGRANTE POBLANO.");
        assertThat(programa.getString("objetivos[3].padreId")).isEqualTo(componente.toString());
    }

    @Test
    void laMirRechazaUnSegundoFinYUnaActividadSinComponente() {
        String clave = claveNueva("REJ");
        crearPrograma(clave);
        agregarObjetivo(clave, objetivo("FIN"));
        agregarObjetivo(clave, objetivo("PROPOSITO"));
        UUID componente = agregarObjetivo(clave, objetivo("COMPONENTE"));
        String instancia = "/programas/" + EJERCICIO + "/" + clave + "/objetivos";

        esProblema(postObjetivo(clave, objetivo("FIN")), 422, "definicion-invalida", instancia)
                .body("errores.campo", equalTo(List.of("nivel")))
                .body("errores[0].mensaje", containsString("FIN"));
        esProblema(postObjetivo(clave, objetivo("PROPOSITO")), 422, "definicion-invalida", instancia)
                .body("errores.campo", equalTo(List.of("nivel")));
        esProblema(postObjetivo(clave, objetivo("ACTIVIDAD")), 422, "definicion-invalida", instancia)
                .body("errores.campo", equalTo(List.of("padreId")))
                .body("errores[0].mensaje", containsString("COMPONENTE"));
        esProblema(postObjetivo(clave, actividad(UUID.randomUUID())), 422, "definicion-invalida", instancia)
                .body("errores.campo", equalTo(List.of("padreId")));
        esProblema(postObjetivo(clave, objetivo("COMPONENTE").put("padreId", componente.toString())),
                422, "definicion-invalida", instancia)
                .body("errores.campo", equalTo(List.of("padreId")));
        esProblema(postObjetivo(clave, objetivo("COMPONENTE").put("clave", "C1")), 409, "conflicto", instancia)
                .body("detail", containsString("C1"));
        esProblema(postObjetivo(clave, objetivo("COMPONENTE").put("resumenNarrativo", " ")),
                400, "validacion", instancia)
                .body("errores.campo", equalTo(List.of("resumenNarrativo")));

        api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave).then().statusCode(200)
                .body("objetivos.nivel", equalTo(List.of("FIN", "PROPOSITO", "COMPONENTE")));
    }

    @Test
    void unaActividadNoCuelgaDeUnComponenteDeOtroPrograma() {
        String otro = claveNueva("OTR");
        crearPrograma(otro);
        UUID componenteAjeno = agregarObjetivo(otro, objetivo("COMPONENTE"));
        String clave = claveNueva("ACT");
        crearPrograma(clave);

        esProblema(postObjetivo(clave, actividad(componenteAjeno)), 422, "definicion-invalida",
                "/programas/" + EJERCICIO + "/" + clave + "/objetivos")
                .body("errores.campo", equalTo(List.of("padreId")));
        api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave).then().statusCode(200)
                .body("objetivos", emptyIterable());
    }

    @Test
    void unObjetivoDeUnProgramaInexistenteEsUn404() {
        esProblema(postObjetivo("NOEXISTE", objetivo("FIN")), 404, "no-encontrado",
                "/programas/" + EJERCICIO + "/NOEXISTE/objetivos");
    }
}
