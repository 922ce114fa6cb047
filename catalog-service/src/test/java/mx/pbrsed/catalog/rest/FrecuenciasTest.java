package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.agregarObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.crearIndicador;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static mx.pbrsed.catalog.CatalogoApi.programa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC rule 9 through POST /indicadores: which months carry metas for each frecuencia, and a
 * multi-year one measured from the year of its línea base, in the ejercicios its period reaches.
 */
@QuarkusTest
class FrecuenciasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A new programa of that ejercicio with its FIN objective; the id of the objective. */
    private static UUID finDeUnPrograma(int ejercicio) {
        String clave = claveNueva("FRE");
        api().body(programa(clave).put("ejercicio", ejercicio).toString()).post("/programas").then().statusCode(201);
        return agregarObjetivo(ejercicio, clave, objetivo("FIN"));
    }

    private static UUID agregarObjetivo(int ejercicio, String clave, ObjectNode objetivo) {
        return UUID.fromString(api().body(objetivo.toString())
                .post("/programas/{ejercicio}/{clave}/objetivos", ejercicio, clave)
                .then().statusCode(201).extract().path("id"));
    }

    /** The seed's FIN-1 ficha with that frecuencia and the same meta (V1 100) in each of those months. */
    private static ObjectNode fichaCon(UUID objetivo, String frecuencia, Integer anioLineaBase, int... meses) {
        ObjectNode ficha = ficha("FIN-1", objetivo).put("frecuencia", frecuencia);
        if (anioLineaBase != null) {
            ficha.put("anioLineaBase", anioLineaBase);
        }
        ObjectNode metas = (ObjectNode) ficha.get("metasCalendarizadas");
        for (String lista : List.of("aprobadas", "modificadas")) {
            ArrayNode nuevas = metas.putArray(lista);
            for (int mes : meses) {
                nuevas.addObject().put("mes", mes).putObject("valores").put("V1", 100);
            }
        }
        return ficha;
    }

    private ValidatableResponse rechazo(ObjectNode ficha, String campo) {
        Map<String, Long> antes = Almacen.conteos(dataSource);
        ValidatableResponse respuesta = esProblema(api().body(ficha.toString()).post("/indicadores").then(),
                422, "definicion-invalida", "/indicadores")
                .body("errores.campo", equalTo(List.of(campo)));
        assertThat(Almacen.conteos(dataSource)).as("nothing stored").isEqualTo(antes);
        return respuesta;
    }

    @Test
    void unBienalAtraviesaDosEjerciciosDesdeSuLineaBase() throws Exception {
        // línea base 2022: 2024 is measured (December), 2023 is not (no metas at all)
        UUID fin2023 = finDeUnPrograma(2023);
        UUID fin2024 = finDeUnPrograma(2024);

        UUID sinMedicion = crearIndicador(fichaCon(fin2023, "BIENAL", 2022));
        UUID conMedicion = crearIndicador(fichaCon(fin2024, "BIENAL", 2022, 12));

        api().get("/indicadores/{id}", conMedicion).then().statusCode(200)
                .body("frecuencia", equalTo("BIENAL")).body("anioLineaBase", equalTo(2022))
                .body("metasCalendarizadas.modificadas.mes", equalTo(List.of(12)));
        api().get("/indicadores/{id}", sinMedicion).then().statusCode(200)
                .body("metasCalendarizadas.modificadas", equalTo(List.of()));
        JsonNode evento = eventoPublicado(conMedicion);
        assertThat(evento.get("frecuencia").asText()).isEqualTo("BIENAL");
        assertThat(evento.get("anioLineaBase").asInt()).isEqualTo(2022);
        assertThat(evento.get("programa").get("ejercicio").asInt()).isEqualTo(2024);

        rechazo(fichaCon(fin2023, "BIENAL", 2022, 12), "metasCalendarizadas.aprobadas")
                .body("errores[0].mensaje", containsString("no se mide en el ejercicio 2023"));
        rechazo(fichaCon(fin2024, "BIENAL", 2022), "metasCalendarizadas.modificadas")
                .body("errores[0].mensaje", containsString("Falta la meta modificada del mes 12"));
    }

    @Test
    void unPlurianualSinElAnioDeSuLineaBaseSeRechaza() {
        UUID fin = finDeUnPrograma(2024);
        for (String frecuencia : List.of("BIENAL", "TRIENAL", "QUINQUENAL", "SEXENAL")) {
            rechazo(fichaCon(fin, frecuencia, null, 12), "anioLineaBase")
                    .body("errores[0].mensaje", allOf(containsString(frecuencia), containsString("línea base")));
        }
        rechazo(fichaCon(fin, "ANUAL", 2025, 12), "anioLineaBase");
    }

    @Test
    void cadaFrecuenciaLlevaMetaEnSusMesesDeMedicion() {
        UUID fin = finDeUnPrograma(2023);
        crearIndicador(fichaCon(fin, "BIMESTRAL", null, 2, 4, 6, 8, 10, 12));
        crearIndicador(fichaCon(fin, "CUATRIMESTRAL", null, 4, 8, 12));
        crearIndicador(fichaCon(fin, "TRIENAL", 2020, 12));

        rechazo(fichaCon(fin, "CUATRIMESTRAL", null, 3, 4, 8, 12), "metasCalendarizadas.aprobadas")
                .body("errores[0].mensaje", containsString("no mide en el mes 3"));
        ObjectNode soloDiciembre = fichaCon(fin, "TRIMESTRAL", null, 12);
        ((ObjectNode) soloDiciembre.get("metasCalendarizadas")).putArray("aprobadas");
        rechazo(soloDiciembre, "metasCalendarizadas.modificadas")
                .body("errores[0].mensaje", containsString("Falta la meta modificada del mes 3"));
    }

    private JsonNode eventoPublicado(UUID indicador) throws Exception {
        try (Connection conexion = dataSource.getConnection();
             PreparedStatement consulta = conexion.prepareStatement(
                     "select payload from outbox where clave = ? order by id desc limit 1")) {
            consulta.setString(1, indicador.toString());
            try (ResultSet fila = consulta.executeQuery()) {
                assertThat(fila.next()).as("event in the outbox").isTrue();
                return JSON.readTree(fila.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
