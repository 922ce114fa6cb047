package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.json;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import mx.pbrsed.capture.service.VencimientoService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * SPEC rule 9 in capture's calendar: what may be captured at each quarter and ejercicio, and which
 * indicator-periods are announced overdue (none where nothing is due).
 */
@QuarkusTest
class FrecuenciasTest {
    private static final Map<String, Integer> NUEVE_NUEVE = Map.of("V1", 9, "V2", 9);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.capturas-vencidas")
    String topicVencidas;
    @Inject
    VencimientoService vencimientos;

    private Definicion publicada(Definicion definicion) {
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(definicion);
        }
        esperarReplica(definicion);
        return definicion;
    }

    private static ValidatableResponse rechazada(Response respuesta, String campo) {
        return respuesta.then().statusCode(422)
                .body("type", equalTo("https://pbrsed.mx/problemas/captura-rechazada"))
                .body("errores.campo", equalTo(List.of(campo)));
    }

    @Test
    void unBienalSeCapturaEnElCuartoTrimestreDeLosEjerciciosQueMide() {
        // línea base 2022: measured in 2024, not in 2023
        var sinMedicion = publicada(Definicion.anual2023().plurianual("BIENAL", 2022));
        var conMedicion = publicada(Definicion.anual2023().ejercicio(2024).plurianual("BIENAL", 2022));

        rechazada(registrar(cuerpo(sinMedicion.id(), 2023, 4, NUEVE_NUEVE)), "ejercicio")
                .body("detail", containsString("no tiene medición en el ejercicio 2023"));
        rechazada(registrar(cuerpo(conMedicion.id(), 2024, 2, NUEVE_NUEVE)), "trimestre");
        registrar(cuerpo(conMedicion.id(), 2024, 4, NUEVE_NUEVE)).then().statusCode(201)
                .body("valoresPorMes.mes", contains(12));
    }

    @Test
    void unCuatrimestralNoTieneNadaQueCapturarEnElPrimerTrimestre() {
        var cuatrimestral = publicada(Definicion.anual2023().frecuencia("CUATRIMESTRAL"));

        rechazada(registrar(cuerpo(cuatrimestral.id(), 2023, 1, NUEVE_NUEVE)), "trimestre")
                .body("detail", containsString("CUATRIMESTRAL no tiene medición en el trimestre 1"));
        // its Q2 measurement is April's
        registrar(cuerpo(cuatrimestral.id(), 2023, 2, NUEVE_NUEVE)).then().statusCode(201)
                .body("valoresPorMes.mes", contains(4));
    }

    @Test
    void unBimestralDaLosMesesDeMedicionDelTrimestre() {
        var bimestral = publicada(Definicion.anual2023().frecuencia("BIMESTRAL"));
        var abrilYJunio = cuerpo(bimestral.id(), 2023, 2, null);
        abrilYJunio.put("valoresMensuales", List.of(Map.of("mes", 4, "valores", NUEVE_NUEVE),
                Map.of("mes", 6, "valores", NUEVE_NUEVE)));

        rechazada(registrar(cuerpo(bimestral.id(), 2023, 2, NUEVE_NUEVE)), "valoresMensuales");
        registrar(abrilYJunio).then().statusCode(201).body("valoresPorMes.mes", contains(4, 6));
    }

    @Test
    void soloSeAnuncianVencidosLosPeriodosQueSeMiden() {
        var cuatrimestral = publicada(Definicion.anual2023().frecuencia("CUATRIMESTRAL"));
        var bienalSinMedicion = publicada(Definicion.anual2023().plurianual("BIENAL", 2022));
        var trienalConMedicion = publicada(Definicion.anual2023().plurianual("TRIENAL", 2020));

        vencimientos.anunciarVencidas();

        assertThat(trimestresVencidos(cuatrimestral.id(), 3)).containsExactly(2, 3, 4);
        assertThat(trimestresVencidos(trienalConMedicion.id(), 1)).containsExactly(4);
        assertThat(trimestresVencidos(bienalSinMedicion.id(), 0)).as("2023 is not one of its ejercicios").isEmpty();
    }

    private List<Integer> trimestresVencidos(UUID indicadorId, int cuantos) {
        return Eventos.conClave(bootstrap, topicVencidas, indicadorId.toString(), cuantos).stream()
                .map(r -> json(r.value()).get("trimestre").asInt()).toList();
    }
}
