package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.actividad;
import static mx.pbrsed.catalog.CatalogoApi.agregarObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.crearIndicador;
import static mx.pbrsed.catalog.CatalogoApi.crearPrograma;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.idsDeIndicadores;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static mx.pbrsed.catalog.CatalogoApi.rangos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fichas técnicas through POST /indicadores: the seed's two fichas are accepted as given, and every
 * rejection is a problem that leaves nothing behind (no indicator, no version, no outbox record).
 */
@QuarkusTest
class IndicadorResourceTest {
    private static final List<String> PUBLICADOS_FIN = List.of(
            "ROJO 0.0% - 69.9%", "AMARILLO 70.0% - 94.9%", "VERDE 95.0% - 115.9%", "EXCEDIDO >= 116.0%");
    private static final List<String> PUBLICADOS_PROPOSITO = List.of(
            "ROJO 0.0% - 89.9%", "AMARILLO 90.0% - 94.9%", "VERDE 95.0% - 115.9%", "EXCEDIDO >= 116.0%");

    /** One programa with its MIR for the whole class; the ids of what it accepted so far. */
    private static String clave;
    private static UUID fin;
    private static UUID proposito;
    private static final Set<String> aceptados = ConcurrentHashMap.newKeySet();

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void programaConSuMir() {
        if (clave == null) {
            String nueva = claveNueva("IND");
            crearPrograma(nueva);
            fin = agregarObjetivo(nueva, objetivo("FIN"));
            proposito = agregarObjetivo(nueva, objetivo("PROPOSITO"));
            clave = nueva;
        }
    }

    @Test
    void registraLaFichaFinDelSemillero() {
        ValidatableResponse respuesta = api().body(ficha("FIN-1", fin).toString())
                .post("/indicadores").then().statusCode(201);
        JsonPath indicador = respuesta.extract().jsonPath();
        String id = indicador.getString("id");
        aceptados.add(id);

        assertThat(respuesta.extract().header("Location")).endsWith("/indicadores/" + id);
        assertThat(indicador.getInt("version")).isEqualTo(1);
        assertThat(indicador.getString("estado")).isEqualTo("VIGENTE");
        assertThat(indicador.getInt("ejercicio")).isEqualTo(EJERCICIO);
        assertThat(indicador.getString("programaClave")).isEqualTo(clave);
        assertThat(indicador.getString("objetivoId")).isEqualTo(fin.toString());
        assertThat(indicador.getString("nivel")).isEqualTo("FIN");
        assertThat(indicador.getString("nombre"))
                .isEqualTo("NÚMERO DE BENEFICIARIOS POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.");
        assertThat(indicador.getString("formulaDescendente")).isEqualTo("LINEAL");
        assertThat(indicador.getString("frecuencia")).isEqualTo("ANUAL");
        assertThat(indicador.getString("metodoCalculo.familia")).isEqualTo("DATO_ABSOLUTO");
        assertThat(indicador.getString("metodoCalculo.expresion")).isEqualTo("V1");
        assertThat(indicador.getList("parametrosSemaforoPublicados", String.class)).isEqualTo(PUBLICADOS_FIN);
        assertThat(indicador.getObject("metasCalendarizadas.modificadas[0].valores.V1", BigDecimal.class))
                .isEqualByComparingTo("45649");
    }

    @Test
    void registraLaFichaPropositoDelSemilleroConSuFormulaCanonica() {
        // the ficha as the state's report prints it; the catalog keeps its canonical text
        ObjectNode ficha = ficha("PROPOSITO-1", proposito);
        metodo(ficha).put("expresion", "(V1/V2)*100");
        ValidatableResponse respuesta = api().body(ficha.toString()).post("/indicadores").then().statusCode(201);
        JsonPath indicador = respuesta.extract().jsonPath();
        String id = indicador.getString("id");
        aceptados.add(id);

        assertThat(respuesta.extract().header("Location")).endsWith("/indicadores/" + id);
        assertThat(indicador.getInt("version")).isEqualTo(1);
        assertThat(indicador.getString("estado")).isEqualTo("VIGENTE");
        assertThat(indicador.getString("nivel")).isEqualTo("PROPOSITO");
        assertThat(indicador.getString("metodoCalculo.familia")).isEqualTo("PORCENTAJE");
        assertThat(indicador.getString("metodoCalculo.expresion")).isEqualTo("(V1 / V2) * 100");
        assertThat(indicador.getList("variables.tipo", String.class)).containsExactly("ACUMULABLE", "NO_ACUMULABLE");
        assertThat(indicador.getList("parametrosSemaforoPublicados", String.class)).isEqualTo(PUBLICADOS_PROPOSITO);
        assertThat(rangos(indicador.getList("parametrosSemaforo")))
                .containsExactly("ROJO 0 90", "AMARILLO 90 95", "VERDE 95 116", "EXCEDIDO 116");

        // what was stored reads back the same
        JsonPath guardado = api().get("/indicadores/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(guardado.getString("metodoCalculo.expresion")).isEqualTo("(V1 / V2) * 100");
        assertThat(guardado.getList("parametrosSemaforoPublicados", String.class)).isEqualTo(PUBLICADOS_PROPOSITO);
        assertThat(guardado.getObject("metasCalendarizadas.aprobadas[0].valores.V2", BigDecimal.class))
                .isEqualByComparingTo("10");
        assertThat(guardado.getObject("metasCalendarizadas.modificadas[0].valores.V2", BigDecimal.class))
                .isEqualByComparingTo("9");
        assertThat(filas("select count(*) from indicador_version where indicador_id = '" + id + "' and version = 1"))
                .isEqualTo(1);
    }

    static Stream<Arguments> comportamientos() {
        List<String> ascendente = List.of("ROJO 0 70", "AMARILLO 70 95", "VERDE 95 116", "EXCEDIDO 116");
        return Stream.of(
                Arguments.of("ASCENDENTE", ascendente, PUBLICADOS_FIN),
                Arguments.of("DESCENDENTE", ascendente, PUBLICADOS_FIN),
                Arguments.of("REGULAR",
                        List.of("ROJO 0 85", "AMARILLO 85 95", "VERDE 95 106", "AMARILLO 106 116", "EXCEDIDO 116"),
                        List.of("ROJO 0.0% - 84.9%", "AMARILLO 85.0% - 94.9%", "VERDE 95.0% - 105.9%",
                                "AMARILLO 106.0% - 115.9%", "EXCEDIDO >= 116.0%")));
    }

    @ParameterizedTest
    @MethodSource("comportamientos")
    void sinParametrosSemaforoSeGuardanLosDelComportamiento(String comportamiento, List<String> esperados,
                                                            List<String> publicados) {
        ObjectNode ficha = ficha("PROPOSITO-1", proposito).put("comportamiento", comportamiento);
        ficha.remove("parametrosSemaforo");
        String id = crearIndicador(ficha).toString();
        aceptados.add(id);

        JsonPath guardado = api().get("/indicadores/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(guardado.getString("comportamiento")).isEqualTo(comportamiento);
        assertThat(rangos(guardado.getList("parametrosSemaforo"))).isEqualTo(esperados);
        assertThat(guardado.getList("parametrosSemaforoPublicados", String.class)).isEqualTo(publicados);
    }

    @Test
    void laClaveDelIndicadorEsUnicaEnElPrograma() {
        String id = crearIndicador(ficha("PROPOSITO-1", proposito).put("clave", "CLAVE-PROPIA")).toString();
        aceptados.add(id);
        api().get("/indicadores/{id}", id).then().statusCode(200).body("clave", equalTo("CLAVE-PROPIA"));

        rechazar(cuerpo(f -> f.put("clave", "CLAVE-PROPIA")), 409, "conflicto")
                .body("detail", containsString("CLAVE-PROPIA"));
        rechazar(cuerpo(f -> f.put("clave", "CON ESPACIO")), 400, "validacion")
                .body("errores.campo", equalTo(List.of("clave")));
    }

    @Test
    void unErrorDeSintaxisSenalaSuPosicion() {
        rechazar(cuerpo(f -> metodo(f).put("expresion", "(V1 / ) * 100")), 422, "formula-invalida")
                .body("errores.campo", equalTo(List.of("metodoCalculo.expresion")))
                .body("errores[0].posicion", equalTo(7))
                .body("errores[0].mensaje", containsString("posición 7"));
    }

    @Test
    void unaFormulaQueNoTieneLaFormaDeSuFamiliaSeRechaza() {
        rechazar(cuerpo(f -> metodo(f).put("expresion", "V1+V2")), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("metodoCalculo.expresion")))
                .body("errores[0].mensaje", allOf(containsString("PORCENTAJE"), containsString("(V1 / V2) * 100")))
                .body("errores[0].posicion", nullValue());
    }

    @Test
    void unaVariableNoDeclaradaSeRechaza() {
        rechazar(cuerpo(f -> metodo(f).put("expresion", "(V1 / V3) * 100")), 422, "formula-invalida")
                .body("errores.campo", equalTo(List.of("metodoCalculo.expresion")))
                .body("errores[0].posicion", equalTo(7))
                .body("errores[0].mensaje", containsString("V3"));
    }

    @Test
    void unSemaforoConHuecoSeRechaza() {
        rechazar(cuerpo(f -> ((ObjectNode) f.get("parametrosSemaforo").get(1)).put("desde", 91)),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("parametrosSemaforo")))
                .body("errores[0].mensaje", containsString("Hueco entre 90 y 91"));
    }

    @Test
    void unaMetaEnUnMesQueElIndicadorAnualNoMideSeRechaza() {
        rechazar(cuerpo(f -> ((ArrayNode) f.get("metasCalendarizadas").get("modificadas")).addObject()
                        .put("mes", 6).putObject("valores").put("V1", 4).put("V2", 9)),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("metasCalendarizadas.modificadas")))
                .body("errores[0].mensaje", allOf(containsString("ANUAL"), containsString("mes 6")));
    }

    @Test
    void unCampoDesconocidoSeRechaza() {
        rechazar(cuerpo(f -> f.put("colorSemaforo", "VERDE")), 400, "json-invalido")
                .body("detail", containsString("'colorSemaforo'"))
                .body("errores.campo", equalTo(List.of("colorSemaforo")));
    }

    @Test
    void unValorDeEnumeracionInvalidoListaLosPermitidos() {
        rechazar(cuerpo(f -> f.put("frecuencia", "QUINCENAL")), 400, "json-invalido")
                .body("detail", allOf(containsString("QUINCENAL"), containsString("'frecuencia'"),
                        containsString("MENSUAL, BIMESTRAL, TRIMESTRAL, CUATRIMESTRAL, SEMESTRAL, ANUAL, BIENAL, TRIENAL, QUINQUENAL, SEXENAL")));
        rechazar(cuerpo(f -> ((ObjectNode) f.get("variables").get(1)).put("tipo", "SUMABLE")), 400, "json-invalido")
                .body("detail", allOf(containsString("'variables[1].tipo'"),
                        containsString("ACUMULABLE"), containsString("NO_ACUMULABLE")));
    }

    @Test
    void unJsonMalFormadoSeRechaza() {
        rechazar("{\"objetivoId\": \"" + proposito + "\", \"nombre\": ", 400, "json-invalido")
                .body("detail", allOf(containsString("JSON mal formado"), containsString("línea 1")));
    }

    @Test
    void unCampoObligatorioFaltanteSeRechaza() {
        rechazar(cuerpo(f -> f.remove("nombre")), 400, "validacion")
                .body("errores.campo", equalTo(List.of("nombre")));
    }

    @Test
    void unObjetivoInexistenteEsUn404() {
        UUID inexistente = UUID.randomUUID();
        rechazar(ficha("PROPOSITO-1", inexistente).toString(), 404, "no-encontrado")
                .body("detail", containsString(inexistente.toString()));
    }

    @Test
    void losIndicadoresSeListanPorNivelDeLaMir() {
        String otra = claveNueva("ORD");
        crearPrograma(otra);
        UUID componente = agregarObjetivo(otra, objetivo("COMPONENTE"));
        UUID actividad = agregarObjetivo(otra, actividad(componente));
        UUID propositoOtro = agregarObjetivo(otra, objetivo("PROPOSITO"));
        UUID finOtro = agregarObjetivo(otra, objetivo("FIN"));
        // registered bottom-up, and with names that sort the other way round
        List<String> registrados = new ArrayList<>();
        for (UUID objetivo : List.of(actividad, componente, propositoOtro, finOtro)) {
            registrados.add(0, crearIndicador(ficha("PROPOSITO-1", objetivo)
                    .put("nombre", "INDICADOR " + (char) ('A' + registrados.size()))).toString());
        }

        JsonPath lista = api().get("/programas/{ejercicio}/{clave}/indicadores", EJERCICIO, otra)
                .then().statusCode(200).extract().jsonPath();
        assertThat(lista.getList("nivel", String.class)).containsExactly("FIN", "PROPOSITO", "COMPONENTE", "ACTIVIDAD");
        assertThat(lista.getList("id", String.class)).isEqualTo(registrados);
    }

    @Test
    void unIndicadorOProgramaInexistenteEsUn404() {
        UUID id = UUID.randomUUID();
        esProblema(api().get("/indicadores/{id}", id).then(), 404, "no-encontrado", "/indicadores/" + id);
        esProblema(api().get("/programas/{ejercicio}/{clave}/indicadores", EJERCICIO, "NOEXISTE").then(),
                404, "no-encontrado", "/programas/" + EJERCICIO + "/NOEXISTE/indicadores");
    }

    /**
     * Posts a ficha expected to be rejected; asserts the problem and that nothing was stored: the
     * programa still lists exactly the indicators accepted so far and no version or event was queued.
     */
    private ValidatableResponse rechazar(String cuerpo, int estado, String tipo) {
        Map<String, Long> antes = conteos();
        ValidatableResponse respuesta = esProblema(api().body(cuerpo).post("/indicadores").then(),
                estado, tipo, "/indicadores");
        assertThat(conteos()).as("rows after a rejection").isEqualTo(antes);
        assertThat(idsDeIndicadores(clave)).containsExactlyInAnyOrderElementsOf(aceptados);
        return respuesta;
    }

    /** The PROPOSITO ficha of the seed with one change. */
    private static String cuerpo(Consumer<ObjectNode> cambio) {
        ObjectNode ficha = ficha("PROPOSITO-1", proposito);
        cambio.accept(ficha);
        return ficha.toString();
    }

    private static ObjectNode metodo(ObjectNode ficha) {
        return (ObjectNode) ficha.get("metodoCalculo");
    }

    private Map<String, Long> conteos() {
        return Almacen.conteos(dataSource);
    }

    private long filas(String sql) {
        return Almacen.filas(dataSource, sql);
    }
}
