package mx.pbrsed.evaluation.service;

import static mx.pbrsed.evaluation.Peticiones.comoAdmin;
import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import mx.pbrsed.evaluation.Peticiones;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.rest.model.Reconstruccion;
import mx.pbrsed.evaluation.rest.model.Reconstruccion.Origen;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rebuild, from the replicas or from the topics, gives exactly the incrementally computed results. */
@QuarkusTest
class ReconstruccionTest {
    @Inject
    EventosPrueba eventos;
    @Inject
    DataSource baseDeDatos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void laReconstruccionDaLosMismosResultadosQueElCalculoIncremental() throws SQLException {
        String programa = "P" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, programa, "R" + programa, "U" + programa));
        eventos.registrarDevengado(eventos.devengado(programa, 4, 1, "47812885.90"));
        UUID matricula = UUID.randomUUID();
        UUID migrantes = UUID.randomUUID();
        UUID sinCaptura = UUID.randomUUID();
        // Definition v1 then v2, captura v1 then v2 then a VALIDADA revision, one captura late:
        // every guard of the incremental path takes part.
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(matricula, 1, 50000), programa));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(matricula, 2, 45649), programa));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.programasMigrantes(migrantes, 1), programa));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(sinCaptura, 1, 100), programa));
        ObjectNode preliminar = eventos.capturaAnual(matricula, 1, Map.of("V1", 30000));
        eventos.registrarCaptura(preliminar);
        ObjectNode corregida = eventos.capturaAnual(matricula, 2, Map.of("V1", 32822));
        corregida.put("capturaId", preliminar.get("capturaId").asText());
        corregida.put("tardia", true);
        eventos.registrarCaptura(corregida);
        ObjectNode validada = corregida.deepCopy();
        validada.put("eventId", UUID.randomUUID().toString());
        validada.put("revision", 1);
        validada.put("estado", "VALIDADA");
        eventos.registrarCaptura(validada);
        eventos.registrarCaptura(eventos.capturaAnual(migrantes, 1, Map.of("V1", 9, "V2", 8)));
        ResultadosApi.esperar(matricula, c -> c.resultados().definicionVersion() == 2
                && "VALIDADA".equals(c.trimestre(4).capturaEstado()));
        ResultadosApi.esperarQ4Calculado(migrantes);
        ResultadosApi.esperar(sinCaptura, c -> true);
        List<UUID> ids = List.of(matricula, migrantes, sinCaptura);
        Map<UUID, ResultadosIndicador> incrementales = resultados(ids);
        assertThat(incrementales.get(matricula).resultados().get(3).semaforo()).isEqualTo(Color.AMARILLO);
        // the programa and its devengado arrive on their own topics: wait for them too
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> resumen(programa).contains("\"devengado\":47812885.90"));
        String resumen = resumen(programa);

        Reconstruccion igual = reconstruir("REPLICAS");
        assertThat(igual.origen()).isEqualTo(Origen.REPLICAS);
        assertThat(igual.solicitadoPor()).isEqualTo(Peticiones.ADMIN);
        assertThat(igual.solicitadoEn()).isNotNull();
        assertThat(igual.indicadores()).isGreaterThanOrEqualTo(3);
        assertThat(igual.resultadosCambiados()).isZero();
        // calculadoEn included: nothing was even rewritten.
        assertThat(resultados(ids)).usingRecursiveComparison().isEqualTo(incrementales);

        // A result damaged behind the service's back is repaired by the rebuild.
        try (Connection conexion = baseDeDatos.getConnection();
             var dano = conexion.prepareStatement(
                     "update resultado set avance_porcentaje = 1.00, semaforo = 'ROJO' where indicador_id = ? and trimestre = 4")) {
            dano.setObject(1, matricula);
            assertThat(dano.executeUpdate()).isEqualTo(1);
        }
        assertThat(reconstruir("REPLICAS").resultadosCambiados()).isEqualTo(1);
        assertThat(resultados(ids)).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*calculadoEn")
                .isEqualTo(incrementales);

        Reconstruccion desdeTopics = reconstruir("TOPICS");
        assertThat(desdeTopics.origen()).isEqualTo(Origen.TOPICS);
        // 1 programa, 1 devengado, 4 definiciones, 4 capturas; other tests may have published more.
        assertThat(desdeTopics.eventosLeidos()).isGreaterThanOrEqualTo(10);
        assertThat(resultados(ids)).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*calculadoEn")
                .isEqualTo(incrementales);
        assertThat(resumen(programa)).isEqualTo(resumen);
    }

    @Test
    void unOrigenDesconocidoDa400() {
        comoAdmin().queryParam("origen", "AYER").when().post("/admin/reconstruccion")
                .then().spec(problema(400, "validacion"))
                .body("errores[0].campo", equalTo("origen"));
    }

    @Test
    void otroMetodoDa405ProblemDetails() {
        comoAdmin().get("/admin/reconstruccion").then().spec(problema(405, "http-405"));
    }

    private static Reconstruccion reconstruir(String origen) {
        return comoAdmin().queryParam("origen", origen).when().post("/admin/reconstruccion")
                .then().statusCode(200).extract().as(Reconstruccion.class);
    }

    private static Map<UUID, ResultadosIndicador> resultados(List<UUID> ids) {
        Map<UUID, ResultadosIndicador> porId = new LinkedHashMap<>();
        ids.forEach(id -> porId.put(id, ResultadosApi.consultar(id).orElseThrow().resultados()));
        return porId;
    }

    private static String resumen(String programa) {
        return comoConsulta().get("/programas/2023/{clave}/resumen", programa).then().statusCode(200).extract().asString();
    }
}
