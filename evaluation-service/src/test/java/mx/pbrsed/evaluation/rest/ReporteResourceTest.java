package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mx.pbrsed.evaluation.service.EventosPrueba;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's "Análisis de los Indicadores de Resultados" as HTML and as PDF: every section the seed
 * prints, its figures, human labels for every enum, and the same text in the PDF (read back with
 * PDFBox) with its fonts embedded.
 */
@QuarkusTest
class ReporteResourceTest {
    /** Where the PDF's first page is written as text, beside the browser check's screenshot. */
    static final Path ARTEFACTOS = Path.of("target", "reporte-navegador");

    /** The seed's sections, as both the page and the PDF print them. */
    private static final List<String> SECCIONES = List.of(
            "ANÁLISIS DE LOS INDICADORES DE RESULTADOS 2023", "Sistema de Monitoreo de Indicadores de Desempeño",
            "Periodo: OCTUBRE - DICIEMBRE 2023", "Avance de Indicadores Estratégicos del Programa Presupuestario",
            "MÉTODO DE CÁLCULO", "f = e / a", "g = e / b", "h = e / c", "i = e / d",
            "INDICADORES DE DESEMPEÑO", "Avance Al Periodo %", "Ficha Técnica", "MIR", "RESUMEN NARRATIVO:",
            "RESPONSABLE: UNIDAD DE GESTIÓN PARA EL DESARROLLO INTEGRAL DEL MIGRANTE POBLANO.", "CARACTERÍSTICAS",
            "VARIABLE(S)", "Metas Calendarizadas", "Meta Anual", "Metas a Lograr por Trimestre",
            "Avance hacia la Meta Anual", "METAS PROGRAMADAS EN EL TRIMESTRE", "Análisis del Logro",
            "Verificación de la Meta (Programada - Alcanzada)", "Modificación de Meta (Aprobada - Modificada)",
            "Evidencia", "Medios de Verificación", "Observaciones", "PARÁMETROS DE SEMAFORIZACIÓN");

    /** The seed's figures and words: budget, avances, the variable beside its meta, the legend, the labels. */
    private static final List<String> CIFRAS = List.of(
            "$45,022,975.00", "$47,812,885.90", "106.20%", "100.00%", "71.90%", "71.90", "100.00",
            "V1: 45649 (ACTUALIZABLE)", "V1: 9 (ACUMULABLE)", "V2: 9 (NO ACUMULABLE)", "DATO ABSOLUTO: V1",
            "PORCENTAJE: (V1/V2)*100", "(9 / 9) * 100 = 100", "32822 / 45649 * 100 = 71.90", "PROPÓSITO", "FIN",
            "ESTRATÉGICO", "EFICACIA", "ASCENDENTE", "ANUAL", "CUARTO", "DIC",
            "V2: aprobada 10, modificada 9", "Meta: aprobada 90, modificada 100",
            "Bueno 95.0% - 115.9%", "Regular 70.0% - 94.9%", "Bajo 0.0% - 69.9%", "Excedido 116.0% en adelante",
            "Regular 90.0% - 94.9%", "Bajo 0.0% - 89.9%",
            SemillaReporte.ANALISIS_FIN, SemillaReporte.OBSERVACION_FIN);

    /** Raw enum names a reader must never see. */
    private static final List<String> CRUDOS = List.of("PROPOSITO", "DATO_ABSOLUTO", "NO_ACUMULABLE", "NO_PROGRAMADO",
            "SIN_CAPTURA", "ESTRATEGICO", "VALIDADA");

    @Inject
    EventosPrueba eventos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void elHtmlImprimeCadaSeccionDeLaSemillaConSusCifrasYEtiquetasHumanas() {
        SemillaReporte semilla = SemillaReporte.publicar(eventos);

        String html = comoConsulta().get(semilla.ruta() + "?trimestre=4")
                .then().statusCode(200).contentType("text/html").extract().asString();

        assertThat(html).contains(SECCIONES).contains(CIFRAS)
                .contains("RAMO: " + semilla.ramo + "-GOBERNACIÓN",
                        "INSTITUCIÓN RESPONSABLE: " + semilla.ur + " INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE",
                        "LOS MIGRANTES POBLANOS RADICADOS EN NORTEAMÉRICA",
                        "<a href=\"HTTPS://IIE.GOB.MX/ESTADISTICAS\">HTTPS://IIE.GOB.MX/ESTADISTICAS</a>",
                        "<a href=\"http://127.0.0.1:8082/capturas/" + semilla.matricula + "/2023/4/evidencias\">",
                        "Versión 1 · Validada · preliminar", "@media print");
        // Ene..Dic with the meta in December alone: aprobada and modificada of the FIN, then its meta anual.
        assertThat(html).containsPattern("<th scope=\"row\">Aprobada</th>(<td class=\"numero\"></td>){11}"
                + "<td class=\"numero\">45649</td><td class=\"numero\">45649</td>");
        // METAS PROGRAMADAS EN EL TRIMESTRE of the PROPÓSITO: aprobada 9 10 90, modificada 9 9 100, alcanzada 9 9 100.
        assertThat(html).contains("<td>CUARTO</td><td>DIC</td><td class=\"numero\">9</td><td class=\"numero\">10</td>"
                + "<td class=\"numero\">90</td><td class=\"numero\">9</td><td class=\"numero\">9</td>"
                + "<td class=\"numero\">100</td><td class=\"numero\">9</td><td class=\"numero\">9</td>"
                + "<td class=\"numero\">100</td>");
        // The semáforo is a word and a symbol as well as a colour.
        assertThat(html).contains("<td class=\"numero amarillo\">71.90% <span class=\"simbolo\" aria-hidden=\"true\">▲</span> Regular</td>",
                "<td class=\"numero verde\">100.00% <span class=\"simbolo\" aria-hidden=\"true\">●</span> Bueno</td>");
        // A chart per indicator, named for assistive technology, with the semáforo's bands behind the bars.
        assertThat(html.split("<svg ", -1)).hasSize(3);
        assertThat(html).contains("role=\"img\"", "class=\"banda amarillo\"", "Meta (100 %)",
                "Cuarto trimestre 71.90 (Regular).");
        // Before Q4 an ANUAL indicator has nothing due: said in words, never as the raw status.
        assertThat(html).contains("No programado");
        for (String crudo : CRUDOS) {
            assertThat(html).as("enum crudo %s", crudo).doesNotContainPattern(">[^<]*\\b" + crudo + "\\b");
        }
        assertThat(html.indexOf("Porcentaje de matrículas consulares expedidas"))
                .isLessThan(html.indexOf("Porcentaje de programas a favor de migrantes realizados"));
        // An HTML page, yet its errors are problem+json like every other.
        comoConsulta().get("/programas/2023/{clave}/reporte", semilla.programa + "X").then().spec(problema(404, "no-encontrado"));
        comoConsulta().get(semilla.ruta() + "?trimestre=9").then().spec(problema(400, "validacion"));
    }

    @Test
    void elPdfTraeElTextoDeLaSemillaConFuentesIncrustadas() throws IOException {
        SemillaReporte semilla = SemillaReporte.publicar(eventos);

        byte[] pdf = comoConsulta().get(semilla.ruta() + ".pdf?trimestre=4")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            var lector = new PDFTextStripper();
            // in reading order, whatever order the layout wrote the runs of a line in
            lector.setSortByPosition(true);
            String texto = normalizado(lector.getText(documento));
            assertThat(texto).contains(SECCIONES.stream().map(ReporteResourceTest::normalizado).toList())
                    .contains(CIFRAS.stream().map(ReporteResourceTest::normalizado).toList())
                    .contains("71.90% ▲ Regular", "100.00% ● Bueno");
            for (String crudo : CRUDOS) {
                assertThat(texto).as("enum crudo %s", crudo).doesNotContainPattern("\\b" + crudo + "\\b");
            }
            List<String> sinIncrustar = new ArrayList<>();
            for (PDPage pagina : documento.getPages()) {
                for (COSName nombre : pagina.getResources().getFontNames()) {
                    PDFont fuente = pagina.getResources().getFont(nombre);
                    if (!fuente.isEmbedded()) {
                        sinIncrustar.add(fuente.getName());
                    }
                }
            }
            assertThat(sinIncrustar).isEmpty();
            assertThat(documento.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            lector.setStartPage(1);
            lector.setEndPage(1);
            Files.createDirectories(ARTEFACTOS);
            Files.writeString(ARTEFACTOS.resolve("reporte-pagina-1.txt"), lector.getText(documento));
            Files.write(ARTEFACTOS.resolve("reporte-e011.pdf"), pdf);
        }
        comoConsulta().get("/programas/2023/{clave}/reporte.pdf", semilla.programa + "X").then().spec(problema(404, "no-encontrado"));
        comoConsulta().get(semilla.ruta() + ".pdf?trimestre=0").then().spec(problema(400, "validacion"));
    }

    /** PDF text breaks lines where the layout wraps: compare with whitespace folded. */
    private static String normalizado(String texto) {
        return texto.replaceAll("\\s+", " ");
    }
}
