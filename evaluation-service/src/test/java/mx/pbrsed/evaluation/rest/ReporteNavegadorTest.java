package mx.pbrsed.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mx.pbrsed.evaluation.Peticiones;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import org.junit.jupiter.api.Test;

/**
 * The seed's report in a real browser: deploy/reporte-navegador/check.sh (Debian's Chromium driven
 * by playwright-core, installed by the script when missing) loads the page this test serves, with
 * a consulta token, and fails on a console error or an axe-core WCAG 2.1 AA violation. The
 * screenshot stays in target/reporte-navegador/ as the run's artifact.
 */
@QuarkusTest
class ReporteNavegadorTest {
    private static final Path SCRIPT = Path.of("..", "deploy", "reporte-navegador", "check.sh").toAbsolutePath().normalize();
    /** A first run installs Chromium and the npm tools; later ones take seconds. */
    private static final long MINUTOS = 10;

    @Inject
    EventosPrueba eventos;

    @Test
    void laPaginaDeLaSemillaEnChromiumSinErroresDeConsolaYSinViolacionesWcag21AA() throws Exception {
        SemillaReporte semilla = SemillaReporte.publicar(eventos);
        Path artefactos = ReporteResourceTest.ARTEFACTOS.toAbsolutePath();
        Files.createDirectories(artefactos);
        Path captura = artefactos.resolve("reporte-e011-t4.png");
        Path resumen = artefactos.resolve("reporte-e011-t4.json");
        Path bitacora = artefactos.resolve("reporte-e011-t4.log");
        Files.deleteIfExists(captura);
        String url = "http://localhost:" + RestAssured.port + semilla.ruta() + "?trimestre=4";

        var proceso = new ProcessBuilder("bash", SCRIPT.toString(), url, captura.toString(), resumen.toString())
                .redirectErrorStream(true).redirectOutput(bitacora.toFile());
        proceso.environment().put("REPORTE_TOKEN",
                ClavesDePrueba.token(Peticiones.CONSULTA, Token.ROL_CONSULTA, null));
        Process corriendo = proceso.start();
        boolean termino = corriendo.waitFor(MINUTOS, TimeUnit.MINUTES);
        if (!termino) {
            corriendo.destroyForcibly();
        }
        String salida = Files.readString(bitacora, StandardCharsets.UTF_8);
        assertThat(termino).as("check.sh terminó en %d minutos:%n%s", MINUTOS, salida).isTrue();
        assertThat(corriendo.exitValue()).as("check.sh:%n%s", salida).isZero();

        JsonNode resultado = new ObjectMapper().readTree(resumen.toFile());
        assertThat(resultado.get("estado").asInt()).isEqualTo(200);
        assertThat(resultado.get("errores")).as(salida).isEmpty();
        assertThat(resultado.get("violaciones")).as(salida).isEmpty();
        assertThat(resultado.get("reglasAprobadas").asInt()).isPositive();
        assertThat(resultado.get("graficas").asInt()).isEqualTo(2);
        assertThat(resultado.get("titulo").asText()).isEqualTo("Análisis de los Indicadores de Resultados 2023 - " + semilla.programa);
        assertThat(resultado.get("encabezados").toString()).contains("INDICADORES DE DESEMPEÑO", "METAS PROGRAMADAS EN EL TRIMESTRE");
        assertThat(esPng(captura)).as("captura %s", captura).isTrue();
        assertThat(Files.size(captura)).isGreaterThan(20_000);
    }

    private static boolean esPng(Path archivo) throws IOException {
        byte[] firma = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] inicio = new byte[firma.length];
        try (var entrada = Files.newInputStream(archivo)) {
            return entrada.readNBytes(inicio, 0, inicio.length) == firma.length && java.util.Arrays.equals(inicio, firma);
        }
    }
}
