package mx.pbrsed.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A record that is not an event of a known schema version goes to the dead-letter topic and consumption goes on. */
@QuarkusTest
class RegistroIlegibleTest {
    @Inject
    EventosPrueba eventos;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "pbr.topic-prefix")
    String prefijo;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void unaCapturaIlegibleVaALaDlqYLaSiguienteSeAplica() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        String ilegible = "esto no es JSON " + id;
        int particion = eventos.enviar(eventos.topicCapturas(), null, id.toString(), ilegible).partition();
        // Same partition, so it is consumed after the unreadable one.
        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 32822)), particion);

        var q4 = ResultadosApi.esperarQ4Calculado(id).trimestre(4);
        assertThat(q4.estado()).isEqualTo(EstadoResultado.CALCULADO);
        assertThat(q4.logro()).isEqualByComparingTo("32822");

        ConsumerRecord<String, String> muerto = TopicoPrueba.esperar(bootstrap, prefijo + "capturas-dlq-evaluation", 1,
                registro -> ilegible.equals(registro.value())).get(0);
        assertThat(muerto.key()).isEqualTo(id.toString());
        assertThat(TopicoPrueba.cabecera(muerto, "dead-letter-topic")).isEqualTo(eventos.topicCapturas());
        assertThat(TopicoPrueba.cabecera(muerto, "dead-letter-reason")).isNotBlank();
    }

    @Test
    void unEsquemaDesconocidoVaALaDlqConLaRazonYElSiguienteSeAplica() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ObjectNode futura = eventos.capturaAnual(id, 1, Map.of("V1", 45649));
        futura.put("schemaVersion", 2);
        int particion = eventos.registrarCaptura(futura).partition();
        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 32822)), particion);

        // The version-2 event was not applied: the result is the next one's.
        assertThat(ResultadosApi.esperarQ4Calculado(id).trimestre(4).logro()).isEqualByComparingTo("32822");

        String eventId = futura.get("eventId").asText();
        ConsumerRecord<String, String> muerto = TopicoPrueba.esperar(bootstrap, prefijo + "capturas-dlq-evaluation", 1,
                registro -> registro.value().contains(eventId)).get(0);
        assertThat(TopicoPrueba.cabecera(muerto, "dead-letter-reason")).contains("schemaVersion 2 no soportada");
        assertThat(contador("pbrsed_eventos_rechazados_total{canal=\"capturas\",razon=\"esquema-no-soportado\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(contador("pbrsed_eventos_aplicados_total{canal=\"capturas\"}")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unaFormulaMasAllaDeLaGramaticaDelCatalogoVaALaDlqContadaYLaSiguienteSeAplica() throws Exception {
        // V1 is level 1 and each minus one more, as the catalog counts: 32 minus signs are 33 levels
        UUID treintaYTres = UUID.randomUUID();
        UUID novecientasNoventaYOcho = UUID.randomUUID();
        UUID treintaYDos = UUID.randomUUID();
        int particion = eventos.enviar(eventos.topicIndicadores(), null, treintaYTres.toString(),
                conNegaciones(treintaYTres, 32)).partition();
        eventos.enviar(eventos.topicIndicadores(), particion, novecientasNoventaYOcho.toString(),
                conNegaciones(novecientasNoventaYOcho, 998));
        // Same partition, so it is consumed after both: the consumer went on.
        eventos.enviar(eventos.topicIndicadores(), particion, treintaYDos.toString(), conNegaciones(treintaYDos, 31));
        eventos.registrarCaptura(eventos.capturaAnual(treintaYDos, 1, Map.of("V1", 32822)));

        var q4 = ResultadosApi.esperar(treintaYDos, consulta -> consulta.resultados().resultados().stream()
                .anyMatch(r -> r.trimestre() == 4 && r.logro() != null)).trimestre(4);
        assertThat(q4.logro()).isEqualByComparingTo("-32822");
        assertThat(q4.trazaLogro()).startsWith("-(-(");

        List<ConsumerRecord<String, String>> muertos = TopicoPrueba.esperar(bootstrap,
                prefijo + "indicadores-dlq-evaluation", 2, registro -> registro.key().equals(treintaYTres.toString())
                        || registro.key().equals(novecientasNoventaYOcho.toString()));
        // two keys: with the topics' 6 partitions, dead letters keep their order per key only
        assertThat(muertos).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(treintaYTres.toString(), novecientasNoventaYOcho.toString());
        assertThat(TopicoPrueba.cabecera(muertos.get(0), "dead-letter-reason")).contains("más de 32 niveles");
        assertThat(TopicoPrueba.cabecera(muertos.get(1), "dead-letter-reason")).isNotBlank();
        assertThat(contador("pbrsed_eventos_rechazados_total{canal=\"indicadores\",razon=\"formula-no-admitida\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(contador("pbrsed_eventos_rechazados_total{canal=\"indicadores\",razon=\"json-invalido\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(ResultadosApi.consultar(treintaYTres)).isEmpty();
        assertThat(ResultadosApi.consultar(novecientasNoventaYOcho)).isEmpty();
    }

    /** The seed's FIN indicator whose formula is V1 under {@code cuantas} minus signs, as text and as tree. */
    private String conNegaciones(UUID id, int cuantas) throws Exception {
        ObjectNode definicion = eventos.matriculaConsular(id, 1, 45649);
        ObjectNode metodo = (ObjectNode) definicion.get("metodoCalculo");
        metodo.put("expresion", "-".repeat(cuantas) + "V1");
        metodo.put("arbol", "ARBOL");
        // As raw text: the 998-deep tree is past what a JSON writer nests.
        return json.writeValueAsString(definicion).replace("\"ARBOL\"",
                "{\"tipo\":\"NEGACION\",\"operando\":".repeat(cuantas) + "{\"tipo\":\"VARIABLE\",\"clave\":\"V1\"}"
                        + "}".repeat(cuantas));
    }

    /** The value of one series as /q/metrics exposes it to Prometheus. */
    private static double contador(String serie) {
        return RestAssured.get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(linea -> linea.startsWith(serie + " "))
                // With tracing on, an exemplar (# {span_id=...} ...) may follow the value.
                .mapToDouble(linea -> Double.parseDouble(linea.substring(serie.length() + 1).trim().split("\\s+")[0]))
                .findFirst().orElse(0);
    }

    @Test
    void unProgramaDeEsquemaDesconocidoVaASuDlq() {
        ObjectNode programa = eventos.programa(UUID.randomUUID(), 1, "X1", "R1", "U1");
        programa.remove("schemaVersion");
        eventos.publicarPrograma(programa);

        String eventId = programa.get("eventId").asText();
        ConsumerRecord<String, String> muerto = TopicoPrueba.esperar(bootstrap, prefijo + "programas-dlq-evaluation", 1,
                registro -> registro.value().contains(eventId)).get(0);
        assertThat(TopicoPrueba.cabecera(muerto, "dead-letter-reason")).contains("schemaVersion ausente no soportada");
        assertThat(TopicoPrueba.cabecera(muerto, "dead-letter-topic")).isEqualTo(eventos.topicProgramas());
    }
}
