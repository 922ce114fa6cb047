package mx.pbrsed.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;
import mx.pbrsed.evaluation.service.RespuestaDemasiadoGrandeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP's CSV injection rule, cell by cell: text that a spreadsheet would run is neutralised, numbers never. */
class HojaCsvTest {

    @ParameterizedTest(name = "texto que empieza con {0}")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUMA(A1)", "\t1", "\r1", "=HYPERLINK(\"http://x\",\"y\")"})
    void unTextoQueUnaHojaEjecutariaVaCitadoConUnApostrofo(String texto) {
        String celda = new HojaCsv(1000).fila(Arrays.asList("a", texto, "b")).texto();

        assertThat(celda).isEqualTo("a,\"'" + texto.replace("\"", "\"\"") + "\",b\r\n");
    }

    @Test
    void losNumerosQuedanComoNumerosAunqueSeanNegativos() {
        String fila = new HojaCsv(1000).fila(Arrays.asList(2023, new BigDecimal("-7.5"), new BigDecimal("4.5649E+4"),
                null, 1)).texto();

        assertThat(fila).isEqualTo("2023,-7.5,45649,,1\r\n");
    }

    @Test
    void losDemasTextosSeEscribenComoSiempre() {
        UUID id = UUID.fromString("3f2b6c1e-8d4a-4e0b-9c71-5a9e2d7f4b10");
        String fila = new HojaCsv(1000).fila(Arrays.asList("GOBERNACIÓN", "con, coma", "", id, "1-2")).texto();

        assertThat(fila).isEqualTo("GOBERNACIÓN,\"con, coma\",," + id + ",1-2\r\n");
    }

    @Test
    void unaHojaQuePasariaDeSuLimiteDeCaracteresSeRechaza() {
        var hoja = new HojaCsv(20).fila(Arrays.asList("CICLO", "ID"));

        assertThatThrownBy(() -> hoja.fila(Arrays.asList("un texto largo, mucho")))
                .isInstanceOf(RespuestaDemasiadoGrandeException.class)
                .hasMessageContaining("20 caracteres");
    }
}
