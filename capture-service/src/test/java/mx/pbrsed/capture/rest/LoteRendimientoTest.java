package mx.pbrsed.capture.rest;

import static io.restassured.RestAssured.given;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A rough figure for the CSV bulk import (values stored per second, events queued in the same
 * transaction); on demand only: {@code -Dpbr.test.rendimiento=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "pbr.test.rendimiento", matches = "true")
class LoteRendimientoTest {
    private static final int INDICADORES = 1250;
    private static final int VARIABLES = 10;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;

    @Test
    void importaUnCsvDeCincuentaMilValores() {
        List<Definicion> definiciones = new ArrayList<>();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            for (int i = 0; i < INDICADORES; i++) {
                var definicion = Definicion.anual2023().frecuencia("TRIMESTRAL");
                for (int v = 3; v <= VARIABLES; v++) {
                    definicion = definicion.conVariable("V" + v, "ACUMULABLE");
                }
                catalogo.publicar(definicion);
                definiciones.add(definicion);
            }
        }
        esperarReplica(definiciones.get(INDICADORES - 1));

        var csv = new StringBuilder("indicadorId,ejercicio,trimestre");
        for (int v = 1; v <= VARIABLES; v++) {
            csv.append(",V").append(v);
        }
        csv.append(",capturadoPor\n");
        for (Definicion d : definiciones) {
            for (int t = 1; t <= 4; t++) {
                csv.append(d.id()).append(",2023,").append(t);
                for (int v = 1; v <= VARIABLES; v++) {
                    csv.append(',').append(v * 1000 + t).append(".25");
                }
                csv.append(",carga.masiva\n");
            }
        }
        for (int ronda = 1; ronda <= 3; ronda++) {
            long inicio = System.nanoTime();
            given().contentType("text/csv; charset=UTF-8").body(csv.toString()).post("/capturas/lote")
                    .then().statusCode(201).body("valores", equalTo(INDICADORES * 4 * VARIABLES));
            double segundos = (System.nanoTime() - inicio) / 1e9;
            Log.infof("Lote CSV ronda %d: %d capturas, %d valores en %.2f s = %.0f valores/s", ronda, INDICADORES * 4,
                    INDICADORES * 4 * VARIABLES, segundos, INDICADORES * 4 * VARIABLES / segundos);
        }
    }
}
