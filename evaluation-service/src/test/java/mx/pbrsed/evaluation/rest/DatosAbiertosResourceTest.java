package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The federal open-data CSV of the seed's indicators. */
@QuarkusTest
class DatosAbiertosResourceTest {
    @Inject
    EventosPrueba eventos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void unaFilaPorIndicadorConLasColumnasFederales() throws IOException {
        String programa = "P" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, programa, "04", "118"));
        UUID matricula = UUID.randomUUID();
        UUID programas = UUID.randomUUID();
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(matricula, 1, 45649), programa));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.programasMigrantes(programas, 1), programa));
        eventos.registrarCaptura(eventos.capturaAnual(matricula, 1, Map.of("V1", 32822)));
        ResultadosApi.esperarQ4Calculado(matricula);
        ResultadosApi.esperar(programas, consulta -> true);
        // The program's replica arrives on its own topic; its budget shows once it is applied.
        await().atMost(ResultadosApi.ESPERA).until(() -> {
            Response resumen = comoConsulta().get("/programas/2023/{clave}/resumen", programa);
            return resumen.statusCode() == 200 && resumen.jsonPath().get("avanceFinanciero") != null;
        });

        Response respuesta = comoConsulta().queryParam("ejercicio", 2023).get("/datos-abiertos/avance-indicadores.csv");
        respuesta.then().statusCode(200).contentType("text/csv");
        assertThat(respuesta.contentType()).containsIgnoringCase("charset=UTF-8");
        String texto = new String(respuesta.asByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> filas;
        List<String> encabezado;
        try (var csv = CSVParser.parse(new StringReader(texto),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            encabezado = csv.getHeaderNames();
            filas = csv.getRecords().stream().filter(f -> programa.equals(f.get("ID_PP"))).toList();
        }

        assertThat(encabezado).startsWith("CICLO", "ID_RAMO", "DESC_RAMO", "ID_UR", "DESC_UR", "ID_PP", "DESC_PP",
                "ID_NIVEL", "DESC_NIVEL", "FRECUENCIA", "TIPO_INDICADOR", "DIMENSION", "UNIDAD_MEDIDA", "SENTIDO",
                "META_MES1");
        assertThat(encabezado).contains("META_MES12", "META_AJUSTADA_MES1", "META_AJUSTADA_MES12", "AVANCE_MES12",
                "JUSTIFICACION_AJUSTE_MES12").hasSize(14 + 48 + 2);
        assertThat(filas).hasSize(2);

        CSVRecord fin = filas.stream().filter(f -> f.get("ID_INDICADOR").equals(matricula.toString())).findFirst().orElseThrow();
        assertThat(fin.get("CICLO")).isEqualTo("2023");
        assertThat(fin.get("ID_RAMO")).isEqualTo("04");
        assertThat(fin.get("DESC_RAMO")).isEqualTo("GOBERNACIÓN");
        assertThat(fin.get("ID_UR")).isEqualTo("118");
        assertThat(fin.get("DESC_UR")).isEqualTo("INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE");
        assertThat(fin.get("DESC_PP")).isEqualTo("PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO");
        assertThat(fin.get("ID_NIVEL")).isEqualTo("1");
        assertThat(fin.get("DESC_NIVEL")).isEqualTo("Fin");
        assertThat(fin.get("FRECUENCIA")).isEqualTo("ANUAL");
        assertThat(fin.get("TIPO_INDICADOR")).isEqualTo("ESTRATEGICO");
        assertThat(fin.get("DIMENSION")).isEqualTo("EFICACIA");
        assertThat(fin.get("UNIDAD_MEDIDA")).isEqualTo("Porcentaje");
        assertThat(fin.get("SENTIDO")).isEqualTo("ASCENDENTE");
        assertThat(fin.get("META_AJUSTADA_MES12")).isEqualTo("45649");
        assertThat(fin.get("AVANCE_MES12")).isEqualTo("32822");
        assertThat(fin.get("NOMBRE_INDICADOR")).isEqualTo("Porcentaje de matrículas consulares expedidas");
        IntStream.rangeClosed(1, 11).forEach(mes -> {
            assertThat(fin.get("META_AJUSTADA_MES" + mes)).as("mes %d", mes).isEmpty();
            assertThat(fin.get("AVANCE_MES" + mes)).as("mes %d", mes).isEmpty();
        });
        // Not published by the catalog: left empty.
        assertThat(fin.get("META_MES12")).isEmpty();
        assertThat(fin.get("JUSTIFICACION_AJUSTE_MES12")).isEmpty();

        CSVRecord proposito = filas.stream().filter(f -> f.get("ID_INDICADOR").equals(programas.toString())).findFirst().orElseThrow();
        assertThat(proposito.get("DESC_NIVEL")).isEqualTo("Propósito");
        assertThat(proposito.get("META_AJUSTADA_MES12")).isEqualTo("100");
        // Not captured yet.
        assertThat(proposito.get("AVANCE_MES12")).isEmpty();
    }

    @Test
    void unEjercicioFueraDeRangoOAusenteDa400() {
        // A CSV export, yet its errors are problem+json like every other.
        comoConsulta().queryParam("ejercicio", 1999).get("/datos-abiertos/avance-indicadores.csv")
                .then().spec(problema(400, "validacion"))
                .body("errores.campo", hasItem("ejercicio"));
        comoConsulta().get("/datos-abiertos/avance-indicadores.csv").then().spec(problema(400, "validacion"))
                .body("errores.campo", hasItem("ejercicio"));
        comoConsulta().queryParam("ejercicio", "dosmil").get("/datos-abiertos/avance-indicadores.csv")
                .then().spec(problema(400, "validacion"));
    }

    @Test
    void unEjercicioSinIndicadoresDaSoloElEncabezado() {
        String texto = comoConsulta().queryParam("ejercicio", 2099).get("/datos-abiertos/avance-indicadores.csv")
                .then().statusCode(200).extract().asString();
        assertThat(texto.lines()).hasSize(1);
        assertThat(texto).startsWith("CICLO,ID_RAMO,");
    }
}
