package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.documento;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.objetivoDelDocumento;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /indicadores: filters by ejercicio, ramo, UR, programa, nivel and tipo, a page at a time. */
@QuarkusTest
class IndicadorConsultaTest {

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void filtraPorProgramaNivelYTipoEnElOrdenDeLaMir() {
        String clave = programaConTresIndicadores(EJERCICIO, "04", "118");

        consultar("?programa=" + clave)
                .body("items.clave", equalTo(List.of("FIN-1", "PROPOSITO-1", "PROPOSITO-2")))
                .body("items.programaClave", equalTo(List.of(clave, clave, clave)))
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(50));
        consultar("?programa=" + clave + "&nivel=PROPOSITO")
                .body("items.clave", equalTo(List.of("PROPOSITO-1", "PROPOSITO-2"))).body("total", equalTo(2));
        consultar("?programa=" + clave + "&tipo=GESTION")
                .body("items.clave", equalTo(List.of("PROPOSITO-1"))).body("items[0].tipo", equalTo("GESTION"));
        consultar("?programa=" + clave + "&nivel=FIN&tipo=GESTION").body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void filtraPorEjercicioRamoYUnidadResponsable() {
        String ramo = claveNueva("R");
        String ur = claveNueva("U");
        api().body("{\"clave\": \"" + ramo + "\", \"nombre\": \"RAMO DE PRUEBA\"}").post("/ramos").then().statusCode(201);
        api().body("{\"clave\": \"" + ur + "\", \"nombre\": \"UR DE PRUEBA\", \"ramo\": \"" + ramo + "\"}")
                .post("/unidades-responsables").then().statusCode(201);
        String clave = programaConTresIndicadores(2031, ramo, ur);

        consultar("?ramo=" + ramo).body("items.programaClave", equalTo(List.of(clave, clave, clave)));
        consultar("?ur=" + ur).body("total", equalTo(3));
        consultar("?ejercicio=2031").body("items.ejercicio", equalTo(List.of(2031, 2031, 2031)));
        consultar("?ejercicio=2031&ur=" + ur + "&nivel=FIN").body("items.clave", equalTo(List.of("FIN-1")));
        consultar("?ejercicio=2031&ramo=04").body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void paginaLosResultados() {
        String clave = programaConTresIndicadores(EJERCICIO, "04", "118");

        consultar("?programa=" + clave + "&size=2")
                .body("items.clave", equalTo(List.of("FIN-1", "PROPOSITO-1")))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        consultar("?programa=" + clave + "&size=2&page=1")
                .body("items.clave", equalTo(List.of("PROPOSITO-2"))).body("page", equalTo(1)).body("total", equalTo(3));
        consultar("?programa=" + clave + "&size=2&page=7").body("items", empty()).body("total", equalTo(3));
        consultar("?programa=" + clave + "&size=500").body("items.clave", equalTo(List.of("FIN-1", "PROPOSITO-1", "PROPOSITO-2")));
    }

    @Test
    void unParametroInvalidoEsUn400QueLoNombra() {
        invalido("size=501", "size", "1 a 500");
        invalido("size=0", "size", "1 a 500");
        invalido("page=-1", "page", "0 a 100000");
        invalido("page=2147483647&size=500", "page", "0 a 100000");
        invalido("programa=a/b", "programa", "solo mayúsculas");
        invalido("ramo=" + "0".repeat(11), "ramo", "10");
        invalido("page=uno", "page", "'uno'");
        invalido("ejercicio=2023a", "ejercicio", "2000 a 2100");
        invalido("nivel=META", "nivel", "FIN, PROPOSITO, COMPONENTE, ACTIVIDAD");
        invalido("tipo=estrategico", "tipo", "ESTRATEGICO, GESTION");
    }

    /** The seed's document for a new programa, with a third indicator; PROPOSITO-1 is a GESTION one. */
    private static String programaConTresIndicadores(int ejercicio, String ramo, String ur) {
        String clave = claveNueva("CON");
        ObjectNode documento = documento(clave);
        ObjectNode programa = (ObjectNode) documento.get("programa");
        programa.put("ejercicio", ejercicio);
        ((ObjectNode) programa.get("ramo")).put("clave", ramo);
        ((ObjectNode) programa.get("unidadResponsable")).put("clave", ur);
        ArrayNode indicadores = (ArrayNode) objetivoDelDocumento(documento, "PROPOSITO").get("indicadores");
        ObjectNode segundo = indicadores.get(0).deepCopy();
        ((ObjectNode) indicadores.get(0)).put("tipo", "GESTION");
        indicadores.add(segundo.put("clave", "PROPOSITO-2"));
        api().body(documento.toString()).put("/programas/{ejercicio}/{clave}/documento", ejercicio, clave)
                .then().statusCode(201);
        return clave;
    }

    private static ValidatableResponse consultar(String consulta) {
        return api().get("/indicadores" + consulta).then().statusCode(200);
    }

    private static void invalido(String consulta, String campo, String motivo) {
        esProblema(api().get("/indicadores?" + consulta).then(), 400, "validacion", "/indicadores")
                .body("errores.campo", equalTo(List.of(campo)))
                .body("errores[0].mensaje", containsString(motivo));
    }
}
