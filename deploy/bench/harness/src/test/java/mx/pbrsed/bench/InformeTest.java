package mx.pbrsed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report is the one the single-file Bench.java wrote: each expected .md was written by it
 * from the .properties beside it (a real small-scale run, and two variants with missing figures,
 * a failed bulk import, an incomplete rebuild and a broker restart).
 */
class InformeTest {

    @ParameterizedTest
    @ValueSource(strings = {"pequena", "completa-incompleta", "completa-sin-lote"})
    void theTableIsTheOneTheFormerHarnessWroteFromTheSameFigures(String caso) throws IOException {
        assertThat(Informe.texto(propiedades(caso + ".properties"))).isEqualTo(texto(caso + ".md"));
    }

    @Test
    void escribirWritesTheTableOfTheResultsFile(@TempDir Path dir) throws IOException {
        Path resultados = dir.resolve("resultados.properties");
        Files.writeString(resultados, texto("pequena.properties"));
        Path salida = dir.resolve("RESULTADOS.md");

        Informe.escribir(resultados, salida);

        assertThat(salida).hasContent(texto("pequena.md"));
    }

    @Test
    void aFigureThatIsMissingOrNotANumberReadsAsNaN() {
        Properties p = new Properties();
        p.setProperty("vacia", " ");
        p.setProperty("texto", "n/a");
        p.setProperty("cifra", " 12.5 ");

        assertThat(Informe.num(p, "ausente")).isNaN();
        assertThat(Informe.num(p, "vacia")).isNaN();
        assertThat(Informe.num(p, "texto")).isNaN();
        assertThat(Informe.num(p, "cifra")).isEqualTo(12.5);
    }

    private static Properties propiedades(String recurso) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InformeTest.class.getResourceAsStream("/informe/" + recurso)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String texto(String recurso) throws IOException {
        try (InputStream in = InformeTest.class.getResourceAsStream("/informe/" + recurso)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
