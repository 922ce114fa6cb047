package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import mx.pbrsed.evaluation.Peticiones;
import mx.pbrsed.evaluation.SolicitudCruda;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import mx.pbrsed.platform.pruebas.Hostiles;
import mx.pbrsed.platform.pruebas.ProblemaSeguro;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What an outside tester sends to every read and to the one write: each hostile path, query or
 * body value gets a 4xx problem that leaks nothing, with the exact status and, where the refusal is
 * about a parameter, that parameter named; a refused rebuild records nothing. The same reads and
 * the rebuild with valid values answer 200, so the suite cannot pass by refusing everything.
 */
@QuarkusTest
class HostilTest {
    /** Its own subjects: the hostile burst spends their request budgets, not those of other tests. */
    private static final String CONSULTA = ClavesDePrueba.token("hostil.consulta", Token.ROL_CONSULTA, null);
    private static final String ADMIN = ClavesDePrueba.token("hostil.admin", Token.ROL_ADMIN_CATALOGO, null);
    private static final String ESCAPE_MAL_FORMADO = "escape mal formado";
    private static final String EN_RIESGO = "/indicadores-en-riesgo";
    /** Refused by the platform's edge before any resource reads them: no parameter to name. */
    private static final Set<String> DEL_BORDE = Set.of("NUL escapado", ESCAPE_MAL_FORMADO);
    /** Values an int or UUID parameter cannot even convert to: a 400 that names no parameter. */
    private static final Set<String> NO_CONVIERTEN = Set.of(ESCAPE_MAL_FORMADO, "comilla", "espacio", "menor que",
            "muy largo", "desborda int", "decimal");

    @Inject
    EventosPrueba eventos;
    @Inject
    DataSource baseDeDatos;

    private UUID indicador;
    private String programa;
    private String ramo;
    private String ur;

    /**
     * A hostile request: the status it must get, the parameter its problem must name (null: none),
     * and, for a write, what it would change, read before and after.
     */
    private record Caso(String nombre, int estado, String campo, Supplier<Response> solicitud, Supplier<Object> guardado) {
        DynamicTest prueba() {
            return DynamicTest.dynamicTest(nombre + " -> " + estado + (campo == null ? "" : " " + campo), () -> {
                Object antes = guardado == null ? null : guardado.get();
                Response respuesta = solicitud.get();
                if (nombre.endsWith(ESCAPE_MAL_FORMADO) && (respuesta.contentType() == null || respuesta.contentType().isEmpty())) {
                    // Vert.x refuses '%zz' before the platform's edge (BordeHttp) sees the request, with an
                    // empty 400: a platform gap, reported; until it is closed the case checks what it can.
                    assertThat(respuesta.statusCode()).as("%s: status", nombre).isEqualTo(400);
                    assertThat(respuesta.asString()).as("%s: body", nombre).isEmpty();
                    return;
                }
                ProblemaSeguro.es4xx(respuesta, estado, nombre);
                if (campo != null) {
                    assertThat(respuesta.jsonPath().getList("errores.campo", String.class)).as("%s: the parameter named", nombre)
                            .contains(campo);
                }
                if (guardado != null) {
                    assertThat(guardado.get()).as("%s: nothing started", nombre).isEqualTo(antes);
                }
            });
        }
    }

    /** A parameter of a read: where the value goes, and whether it is a clave (text), a number or a UUID. */
    private record Parametro(String nombre, Tipo tipo, Function<String, String> ruta) {
    }

    /** FILTRO: a clave given as a query filter, where a well-formed one nothing has is an empty answer, not a 404. */
    private enum Tipo { CLAVE, FILTRO, TEXTO, NUMERO, UUID }

    @TestFactory
    Stream<DynamicNode> cadaLecturaYLaReconstruccionConEntradasHostiles() {
        preparar();
        var grupos = new LinkedHashMap<String, List<DynamicNode>>();
        grupos.put("lecturas: parámetros hostiles", lecturas());
        grupos.put("lecturas: valores fuera de rango", fueraDeRango());
        grupos.put("POST /admin/reconstruccion", reconstruccion());
        assertThat(grupos.values().stream().mapToInt(List::size).sum()).as("hostile cases").isGreaterThanOrEqualTo(60);
        return grupos.entrySet().stream().map(g -> DynamicContainer.dynamicContainer(g.getKey(), g.getValue().stream()));
    }

    /** The seed's FIN indicator under claves of this test alone, computed, with its program known. */
    private void preparar() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        programa = "P" + n;
        ramo = "R" + n;
        ur = "U" + n;
        indicador = UUID.randomUUID();
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, programa, ramo, ur));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(indicador, 1, 45649), programa));
        eventos.registrarCaptura(eventos.capturaAnual(indicador, 1, Map.of("V1", 32822)));
        ResultadosApi.esperarQ4Calculado(indicador);
        await().atMost(ResultadosApi.ESPERA)
                .until(() -> comoConsulta().get("/unidades-responsables/2023/{clave}/resumen", ur).statusCode() == 200);
    }

    // ------------------------------------------------------------------ lecturas

    private List<Parametro> parametros() {
        String resumen = "/programas/2023/" + programa + "/resumen";
        return List.of(
                new Parametro("indicadorId", Tipo.UUID, v -> "/indicadores/" + v + "/resultados"),
                new Parametro("conocidoEn", Tipo.TEXTO, v -> "/indicadores/" + indicador + "/resultados?conocidoEn=" + v),
                new Parametro("clave", Tipo.CLAVE, v -> "/programas/2023/" + v + "/resumen"),
                new Parametro("ejercicio", Tipo.NUMERO, v -> "/programas/" + v + "/" + programa + "/resumen"),
                new Parametro("trimestre", Tipo.NUMERO, v -> resumen + "?trimestre=" + v),
                new Parametro("semaforo", Tipo.TEXTO, v -> resumen + "?semaforo=" + v),
                new Parametro("tardia", Tipo.TEXTO, v -> resumen + "?tardia=" + v),
                new Parametro("clave", Tipo.CLAVE, v -> "/unidades-responsables/2023/" + v + "/resumen"),
                new Parametro("ejercicio", Tipo.NUMERO, v -> "/unidades-responsables/" + v + "/" + ur + "/resumen"),
                new Parametro("clave", Tipo.CLAVE, v -> "/ramos/2023/" + v + "/resumen"),
                new Parametro("trimestre", Tipo.NUMERO, v -> "/ramos/2023/" + ramo + "/resumen?trimestre=" + v),
                new Parametro("clave", Tipo.CLAVE, v -> "/programas/2023/" + v + "/reporte"),
                new Parametro("trimestre", Tipo.NUMERO, v -> "/programas/2023/" + programa + "/reporte?trimestre=" + v),
                new Parametro("ejercicio", Tipo.NUMERO, v -> "/datos-abiertos/avance-indicadores.csv?ejercicio=" + v),
                new Parametro("ejercicio", Tipo.NUMERO, v -> EN_RIESGO + "?ejercicio=" + v),
                new Parametro("trimestre", Tipo.NUMERO, v -> EN_RIESGO + "?ejercicio=2023&trimestre=" + v),
                new Parametro("ramo", Tipo.FILTRO, v -> EN_RIESGO + "?ejercicio=2023&ramo=" + v),
                new Parametro("ur", Tipo.FILTRO, v -> EN_RIESGO + "?ejercicio=2023&ur=" + v),
                new Parametro("programa", Tipo.FILTRO, v -> EN_RIESGO + "?ejercicio=2023&programa=" + v),
                new Parametro("semaforo", Tipo.TEXTO, v -> EN_RIESGO + "?ejercicio=2023&semaforo=" + v),
                new Parametro("page", Tipo.NUMERO, v -> EN_RIESGO + "?ejercicio=2023&page=" + v),
                new Parametro("size", Tipo.NUMERO, v -> EN_RIESGO + "?ejercicio=2023&size=" + v));
    }

    private List<DynamicNode> lecturas() {
        var casos = new ArrayList<DynamicNode>();
        for (Parametro parametro : parametros()) {
            String lectura = parametro.ruta().apply("{" + parametro.nombre() + "}");
            Hostiles.paraParametro().forEach((nombre, valor) -> {
                int estado = 400;
                String campo = parametro.nombre();
                if (DEL_BORDE.contains(nombre)
                        || (parametro.tipo() == Tipo.NUMERO || parametro.tipo() == Tipo.UUID) && NO_CONVIERTEN.contains(nombre)
                        || parametro.tipo() == Tipo.UUID) {
                    campo = null;
                }
                if (parametro.tipo() == Tipo.CLAVE && nombre.equals("desborda int")) {
                    // ten digits are a well-formed clave: nothing is known under it
                    estado = 404;
                    campo = null;
                }
                if (parametro.tipo() == Tipo.FILTRO && nombre.equals("desborda int")) {
                    casos.add(DynamicTest.dynamicTest(lectura + " " + nombre + " -> 200 (a well-formed clave nothing has)",
                            () -> assertThat(leer(parametro.ruta().apply(valor)).statusCode()).isEqualTo(200)));
                    return;
                }
                casos.add(new Caso(lectura + " " + nombre, estado, campo, () -> leer(parametro.ruta().apply(valor)), null)
                        .prueba());
            });
        }
        casos.add(DynamicTest.dynamicTest("las mismas lecturas con valores válidos responden 200", () -> {
            String[] validos = {indicador.toString(), "2024-01-15T10:00:00-06:00", programa, "2023", "4", "AMARILLO", "false",
                    ur, "2023", ramo, "4", programa, "4", "2023", "2023", "3", ramo, ur, programa, "ROJO", "0", "500"};
            List<Parametro> parametros = parametros();
            for (int i = 0; i < parametros.size(); i++) {
                String ruta = parametros.get(i).ruta().apply(validos[i]);
                assertThat(leer(ruta).statusCode()).as(ruta).isEqualTo(200);
            }
        }));
        return casos;
    }

    /** Well-formed values out of the ranges the API documents, each named. */
    private List<DynamicNode> fueraDeRango() {
        String resultados = "/indicadores/" + indicador + "/resultados?conocidoEn=";
        String resumen = "/programas/2023/" + programa + "/resumen";
        var valores = new LinkedHashMap<String, String>();
        valores.put("conocidoEn año máximo", resultados + "%2B999999999-12-31T23:59:59Z");
        valores.put("conocidoEn año mínimo", resultados + "-999999999-01-01T00:00:00Z");
        valores.put("conocidoEn 1899", resultados + "1899-12-31T23:59:59Z");
        valores.put("conocidoEn 2201", resultados + "2201-01-01T00:00:00Z");
        valores.put("conocidoEn sin zona", resultados + "2024-01-15T10:00:00");
        valores.put("conocidoEn 36 caracteres", resultados + "2024-01-15T10:00:00.1234567890-06:00");
        valores.put("ejercicio 1999", "/programas/1999/" + programa + "/resumen");
        valores.put("ejercicio 2101", "/ramos/2101/" + ramo + "/resumen");
        valores.put("ejercicio 0", "/datos-abiertos/avance-indicadores.csv?ejercicio=0");
        valores.put("ejercicio ausente", "/datos-abiertos/avance-indicadores.csv");
        valores.put("trimestre 0", resumen + "?trimestre=0");
        valores.put("trimestre 5", "/programas/2023/" + programa + "/reporte?trimestre=5");
        valores.put("tardia maybe", resumen + "?tardia=maybe");
        valores.put("tardia TRUE", "/ramos/2023/" + ramo + "/resumen?tardia=TRUE");
        valores.put("tardia 1", "/unidades-responsables/2023/" + ur + "/resumen?tardia=1");
        valores.put("semaforo minúsculas", resumen + "?semaforo=verde");
        valores.put("clave minúsculas", "/programas/2023/" + programa.toLowerCase() + "/resumen");
        valores.put("clave de 11", "/programas/2023/" + "E".repeat(11) + "/reporte");
        valores.put("clave con punto", "/ramos/2023/04.1/resumen");
        valores.put("clave con barra invertida", "/unidades-responsables/2023/1%5C18/resumen");
        valores.put("ejercicio ausente de los en riesgo", EN_RIESGO + "?trimestre=2");
        valores.put("ejercicio 2101 de los en riesgo", EN_RIESGO + "?ejercicio=2101");
        valores.put("trimestre 4 de los en riesgo (el cierre mismo)", EN_RIESGO + "?ejercicio=2023&trimestre=4");
        valores.put("semaforo VERDE (nunca en riesgo)", EN_RIESGO + "?ejercicio=2023&semaforo=VERDE");
        valores.put("page 100001", EN_RIESGO + "?ejercicio=2023&page=100001");
        valores.put("size 0", EN_RIESGO + "?ejercicio=2023&size=0");
        valores.put("size 501", EN_RIESGO + "?ejercicio=2023&size=501");
        valores.put("ur de 11", EN_RIESGO + "?ejercicio=2023&ur=" + "1".repeat(11));
        valores.put("programa minúsculas", EN_RIESGO + "?ejercicio=2023&programa=e011");
        var casos = new ArrayList<DynamicNode>();
        valores.forEach((nombre, ruta) -> {
            String campo = nombre.substring(0, nombre.indexOf(' '));
            casos.add(new Caso(nombre, 400, campo, () -> leer(ruta), null).prueba());
        });
        return casos;
    }

    // ------------------------------------------------------------------ POST /admin/reconstruccion

    private List<DynamicNode> reconstruccion() {
        var casos = new ArrayList<DynamicNode>();
        Supplier<Object> reconstrucciones = this::reconstrucciones;
        Hostiles.paraParametro().forEach((nombre, valor) -> casos.add(new Caso("origen " + nombre, 400,
                DEL_BORDE.contains(nombre) ? null : "origen", () -> reconstruir("?origen=" + valor), reconstrucciones).prueba()));
        Map.of("minúsculas", "replicas", "con espacio", "REPLICAS%20", "dos valores", "REPLICAS,TOPICS", "otro", "AYER")
                .forEach((nombre, valor) -> casos.add(new Caso("origen " + nombre, 400, "origen",
                        () -> reconstruir("?origen=" + valor), reconstrucciones).prueba()));
        // The operation takes no body: any is refused before it runs, whatever it says.
        var cuerpos = new LinkedHashMap<>(Hostiles.cuerposMalFormados("{\"origen\": \"TOPICS\"}", "origen"));
        cuerpos.remove("vacío");
        cuerpos.put("válido según el parámetro", "{\"origen\": \"TOPICS\"}");
        cuerpos.put("un megabyte", "{\"origen\": " + Hostiles.textoDe(1 << 20) + "}");
        cuerpos.forEach((nombre, cuerpo) -> casos.add(new Caso("cuerpo " + nombre, 413, null,
                () -> admin().contentType(ContentType.JSON).body(cuerpo).post("/admin/reconstruccion"), reconstrucciones)
                .prueba()));
        casos.add(new Caso("cuerpo de texto", 413, null,
                () -> admin().contentType(ContentType.TEXT).body("TOPICS").post("/admin/reconstruccion"), reconstrucciones)
                .prueba());
        casos.add(DynamicTest.dynamicTest("la reconstrucción válida responde 200 y queda registrada", () -> {
            long antes = reconstrucciones();
            reconstruir("?origen=REPLICAS").then().statusCode(200);
            assertThat(reconstrucciones()).isEqualTo(antes + 1);
        }));
        return casos;
    }

    // ------------------------------------------------------------------ helpers

    /** The path and query exactly as written: the hostile values are already what goes on the wire. */
    private static Response leer(String ruta) {
        return SolicitudCruda.enviar("GET", ruta, CONSULTA);
    }

    private static Response reconstruir(String consulta) {
        return SolicitudCruda.enviar("POST", "/admin/reconstruccion" + consulta, ADMIN);
    }

    private static RequestSpecification admin() {
        return Peticiones.con(ADMIN);
    }

    private long reconstrucciones() {
        try (Connection conexion = baseDeDatos.getConnection(); Statement consulta = conexion.createStatement();
             ResultSet fila = consulta.executeQuery("select count(*) from reconstruccion")) {
            fila.next();
            return fila.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
