package mx.pbrsed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mx.pbrsed.bench.Cuerpos.ClaveNombre;
import mx.pbrsed.bench.Cuerpos.ObjetivoRequest;
import mx.pbrsed.bench.Cuerpos.ProgramaRequest;
import mx.pbrsed.bench.Cuerpos.ReferenciaRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bodies the harness posts, against the request schemas of each service's committed OpenAPI. */
class CuerposContraOpenApiTest {
    private static Contrato catalog;
    private static Contrato capture;
    private static Schema postIndicadores;

    @BeforeAll
    static void leerContratos() throws IOException {
        catalog = Contrato.leer(Raiz.RAIZ.resolve("catalog-service/openapi.yaml"));
        capture = Contrato.leer(Raiz.RAIZ.resolve("capture-service/openapi.yaml"));
        postIndicadores = catalog.cuerpo("/indicadores", "post");
    }

    /** The small scale's hundred indicators. */
    static Stream<Definicion> definiciones() {
        return IntStream.range(0, 100).mapToObj(k -> Definicion.de(k, false));
    }

    @ParameterizedTest
    @MethodSource("definiciones")
    void everyIndicatorRequestConformsToPostIndicadores(Definicion definicion) {
        assertThat(errores(postIndicadores, definicion.request(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void theProgramaItsObjectivesAndItsReferencesConform() {
        assertThat(errores(catalog.cuerpo("/ramos", "post"), new ReferenciaRequest("07", "RAMO SINTÉTICO 7", null))).isEmpty();
        assertThat(errores(catalog.cuerpo("/unidades-responsables", "post"),
                new ReferenciaRequest("S001", "UNIDAD RESPONSABLE SINTÉTICA 1", "01"))).isEmpty();
        assertThat(errores(catalog.cuerpo("/programas", "post"), new ProgramaRequest(Sintetico.EJERCICIO,
                new ClaveNombre("01", "RAMO SINTÉTICO 1"), new ClaveNombre("S001", "UNIDAD RESPONSABLE SINTÉTICA S001"), "B001",
                "PROGRAMA SINTÉTICO 1 DEL BENCHMARK", new BigDecimal("45022975.00"), new BigDecimal("47812885.90")))).isEmpty();
        assertThat(errores(catalog.cuerpo("/programas/{ejercicio}/{clave}/objetivos", "post"),
                new ObjetivoRequest("ACTIVIDAD", "OBJETIVO ACTIVIDAD SINTÉTICO DEL BENCHMARK", "UNIDAD SINTÉTICA", UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void capturasOfEveryFrequencyConformToPostCapturasAndTheBulkImport() throws IOException {
        Random r = new Random(3);
        List<Indicador> indicadores = Stream.of(Frecuencia.values())
                .flatMap(f -> Stream.of(Familia.values()).map(fam -> new Indicador(UUID.randomUUID(), "S001", f, fam.variables(), fam)))
                .toList();
        Schema captura = capture.cuerpo("/capturas", "post");
        for (Indicador ind : indicadores) {
            for (int trimestre : ind.trimestres()) {
                assertThat(errores(captura, ind.captura(trimestre, r))).as(ind + " T" + trimestre).isEmpty();
            }
        }
        List<Lote.Periodo> lote = indicadores.stream().map(i -> new Lote.Periodo(i, i.trimestres().get(0))).toList();
        assertThat(capture.cuerpo("/capturas/lote", "post").validate(Json.MAPPER.readTree(Lote.json(lote, r))))
                .isEmpty();
    }

    private static List<String> errores(Schema esquema, Object cuerpo) {
        return esquema.validate(Json.arbol(cuerpo)).stream().map(Object::toString).toList();
    }
}
