package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET/PUT /calendarios/{ejercicio}, and lateness measured against the administrator's windows. */
@QuarkusTest
class CalendarioResourceTest {
    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void sinCalendarioDefinidoCadaVentanaDuraQuinceDiasTrasElTrimestre() {
        Tokens.consulta().get("/calendarios/2031").then()
                .statusCode(200)
                .body("ejercicio", equalTo(2031), "porDefecto", is(true), "zona", equalTo("America/Mexico_City"),
                        "actualizadoPor", nullValue(),
                        "ventanas.trimestre", contains(1, 2, 3, 4),
                        "ventanas.abre", contains("2031-04-01", "2031-07-01", "2031-10-01", "2032-01-01"),
                        "ventanas.cierra", contains("2031-04-15", "2031-07-15", "2031-10-15", "2032-01-15"),
                        "ventanas[3].cierraEn", equalTo("2032-01-16T00:00:00-06:00"));
    }

    @Test
    void rechazaVentanasInvalidasSinGuardarNada() {
        var ventanas = List.of(
                ventana(1, "2032-03-31", "2032-04-10"),
                ventana(2, "2032-07-10", "2032-07-01"),
                ventana(3, "2032-10-01", "2032-10-15"),
                ventana(4, "2033-01-01", "2033-01-15"));

        definir(2032, ventanas).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/calendario-rechazado"),
                        "errores.campo", contains("ventanas[0].abre", "ventanas[1].cierra"));
        definir(2032, ventanas.subList(0, 3)).then().statusCode(400);
        Tokens.consulta().get("/calendarios/2032").then().statusCode(200).body("porDefecto", is(true));
    }

    @Test
    void laTardanzaSeMideContraElCalendarioDelAdministrador() {
        // last year's Q4 window stays open all this year; its Q1 closed on April 10 of last year
        LocalDate hoy = LocalDate.now(CDMX);
        int ejercicio = hoy.getYear() - 1;
        assertThat(ejercicio).as("los otros tests usan 2023 con el calendario por defecto").isNotEqualTo(2023);
        definir(ejercicio, List.of(
                ventana(1, ejercicio + "-04-01", ejercicio + "-04-10"),
                ventana(2, ejercicio + "-07-01", ejercicio + "-07-15"),
                ventana(3, ejercicio + "-10-01", ejercicio + "-10-15"),
                ventana(4, hoy.getYear() + "-01-01", hoy.getYear() + "-12-31"))).then()
                .statusCode(200)
                .body("porDefecto", is(false), "actualizadoPor", equalTo(Tokens.ADMIN), "actualizadoEn", notNullValue(),
                        "ventanas.cierra", contains(ejercicio + "-04-10", ejercicio + "-07-15", ejercicio + "-10-15",
                                hoy.getYear() + "-12-31"));
        Tokens.consulta().get("/calendarios/" + ejercicio).then().statusCode(200)
                .body("porDefecto", is(false), "ventanas[0].cierraEn", equalTo(ejercicio + "-04-11T00:00:00-06:00"));

        var indicador = Definicion.anual2023().ejercicio(ejercicio).frecuencia("TRIMESTRAL");
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        esperarReplica(indicador);
        registrar(cuerpo(indicador.id(), ejercicio, 4, Map.of("V1", 9, "V2", 9))).then()
                .statusCode(201).body("tardia", is(false), "diasRetraso", equalTo(0));
        long retraso = ChronoUnit.DAYS.between(LocalDate.of(ejercicio, 4, 10), hoy);
        registrar(cuerpo(indicador.id(), ejercicio, 1, Map.of("V1", 9, "V2", 9))).then()
                .statusCode(201).body("tardia", is(true), "diasRetraso", equalTo((int) retraso));
    }

    private static Map<String, Object> ventana(int trimestre, String abre, String cierra) {
        return Map.of("trimestre", trimestre, "abre", abre, "cierra", cierra);
    }

    private static Response definir(int ejercicio, List<Map<String, Object>> ventanas) {
        return Tokens.admin().contentType(ContentType.JSON).body(Map.of("ventanas", ventanas))
                .when().put("/calendarios/" + ejercicio);
    }
}
