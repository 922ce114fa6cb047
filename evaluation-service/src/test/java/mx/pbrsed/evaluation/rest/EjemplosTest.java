package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoAdmin;
import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import mx.pbrsed.platform.pruebas.EjemplosDeOpenApi;
import mx.pbrsed.platform.pruebas.EjemplosDeOpenApi.Caso;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the served document shows is what the service answers: every example of an operation's
 * answer is replayed with the parameters' examples of the same name, over the seed the examples
 * show (program E011 of UR 118 and ramo 04, its matrícula consular indicator under the examples'
 * id, at Q4 2023), and the answer must have the documented status and shape.
 */
@QuarkusTest
class EjemplosTest {
    /** The examples' ids: the matrícula consular (FIN) and the programas a favor de migrantes (PROPÓSITO). */
    private static final UUID MATRICULA = UUID.fromString("3f2b6c1e-8d4a-4e0b-9c71-5a9e2d7f4b10");
    private static final UUID PROGRAMAS = UUID.fromString("8a1d0f52-3c6e-4b7a-a2d9-64e0c5b1f387");
    /** The early warning's example: E011's padrón in 2024, captured at Q2. */
    private static final UUID PADRON = UUID.fromString("5c7e9a21-4b3d-4f6e-8a10-2d9b7c6e1f43");

    @Inject
    EventosPrueba eventos;

    @TestFactory
    Stream<DynamicTest> cadaEjemploSeRepiteContraElServicio() {
        publicarSemilla();
        List<Caso> casos = EjemplosDeOpenApi.casos();
        assertThat(casos).isNotEmpty();
        // Admin: the one role every operation takes, the rebuild included.
        return casos.stream().map(caso -> DynamicTest.dynamicTest(caso.toString(),
                () -> caso.verificar(caso.enviar(comoAdmin()))));
    }

    /** E011 in 2024 with its padrón captured at Q2: VERDE at Q2, projected ROJO. */
    private void publicarPadron2024() {
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, "E011", "04", "118").put("ejercicio", 2024));
        ObjectNode padron = eventos.padronMigrantes(PADRON, 1, 600, 1000);
        ((ObjectNode) padron.get("programa")).put("ejercicio", 2024);
        eventos.publicarIndicador(padron);
        eventos.registrarCaptura(eventos.captura(PADRON, 2, 1, Map.of("V1", 580)).put("ejercicio", 2024));
        ResultadosApi.esperar(PADRON, consulta -> consulta.resultados().resultados().stream()
                .anyMatch(r -> r.trimestre() == 2 && r.proyeccion() != null));
    }

    /** The seed as the catalog and capture publish it: E011's budget, devengado and its two indicators captured at Q4. */
    private void publicarSemilla() {
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, "E011", "04", "118"));
        eventos.registrarDevengado(eventos.devengado("E011", 4, 1, "47812885.90"));
        eventos.publicarIndicador(eventos.matriculaConsular(MATRICULA, 1, 45649));
        eventos.publicarIndicador(eventos.programasMigrantes(PROGRAMAS, 1));
        eventos.registrarCaptura(eventos.capturaAnual(MATRICULA, 1, Map.of("V1", 32822)));
        ObjectNode tardia = eventos.capturaAnual(PROGRAMAS, 1, Map.of("V1", 9, "V2", 9));
        tardia.put("tardia", true);
        eventos.registrarCaptura(tardia);
        publicarPadron2024();
        ResultadosApi.esperarQ4Calculado(MATRICULA);
        ResultadosApi.esperarQ4Calculado(PROGRAMAS);
        // A UR is known through its programs, and the avance financiero through the devengado.
        await().atMost(ResultadosApi.ESPERA).until(() -> {
            var respuesta = comoConsulta().get("/unidades-responsables/2023/118/resumen?trimestre=4");
            return respuesta.statusCode() == 200 && respuesta.jsonPath().get("avanceFinanciero.devengado") != null;
        });
    }
}
