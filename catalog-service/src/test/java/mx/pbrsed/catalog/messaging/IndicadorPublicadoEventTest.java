package mx.pbrsed.catalog.messaging;

import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.agregarObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.crearIndicador;
import static mx.pbrsed.catalog.CatalogoApi.crearPrograma;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Topicos;
import mx.pbrsed.platform.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's PROPOSITO ficha, once accepted, reaches the indicadores topic as schema version 1. */
@QuarkusTest
class IndicadorPublicadoEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "pbr.topics.indicadores")
    String topic;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void laFichaAceptadaSePublicaCompletaConSuArbol() throws Exception {
        String clave = claveNueva("EVT");
        crearPrograma(clave);
        UUID proposito = agregarObjetivo(clave, objetivo("PROPOSITO"));
        String id = crearIndicador(ficha("PROPOSITO-1", proposito)).toString();

        ConsumerRecord<String, String> registro = primerRegistroConClave(id);
        JsonNode evento = JSON.readTree(registro.value());

        assertThat(evento.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(UUID.fromString(evento.get("eventId").asText())).isNotNull();
        assertThat(OffsetDateTime.parse(evento.get("occurredAt").asText())).isBefore(OffsetDateTime.now().plusSeconds(1));
        assertThat(evento.get("indicadorId").asText()).isEqualTo(id);
        assertThat(evento.get("version").asInt()).isEqualTo(1);
        assertThat(evento.get("estado").asText()).isEqualTo("VIGENTE");
        // by claves only: its nombre is on the programas topic, which a rename republishes
        assertThat(evento.get("programa")).isEqualTo(JSON.readTree("""
                {"ejercicio": 2023, "clave": "%s", "ramo": "04", "unidadResponsable": "118"}""".formatted(clave)));
        assertThat(evento.get("nivel").asText()).isEqualTo("PROPOSITO");
        assertThat(evento.get("comportamiento").asText()).isEqualTo("ASCENDENTE");
        assertThat(evento.get("formulaDescendente").asText()).isEqualTo("LINEAL");
        assertThat(evento.get("frecuencia").asText()).isEqualTo("ANUAL");
        assertThat(evento.get("unidadMedida").asText()).isEqualTo("PORCENTAJE");
        assertThat(evento.get("anioLineaBase").isNull()).as("an ANUAL ficha without the year of its línea base").isTrue();
        assertThat(evento.get("metodoCalculo")).isEqualTo(JSON.readTree("""
                {"familia": "PORCENTAJE", "expresion": "(V1 / V2) * 100",
                 "arbol": {"tipo": "OPERACION", "operador": "*",
                           "izquierda": {"tipo": "OPERACION", "operador": "/",
                                         "izquierda": {"tipo": "VARIABLE", "clave": "V1"},
                                         "derecha": {"tipo": "VARIABLE", "clave": "V2"}},
                           "derecha": {"tipo": "NUMERO", "valor": 100}}}"""));
        assertThat(evento.get("variables").findValuesAsText("clave")).containsExactly("V1", "V2");
        assertThat(evento.get("variables").findValuesAsText("tipo")).containsExactly("ACUMULABLE", "NO_ACUMULABLE");
        assertThat(evento.get("variables").get(1).get("descripcion").asText()).endsWith("Y SUS FAMILIAS PROGRAMADOS.");
        assertThat(evento.get("metasModificadas")).isEqualTo(JSON.readTree("""
                [{"mes": 12, "valores": {"V1": 9, "V2": 9}}]"""));
        assertThat(evento.get("parametrosSemaforo")).isEqualTo(JSON.readTree("""
                [{"desde": 0, "hasta": 90, "color": "ROJO"},
                 {"desde": 90, "hasta": 95, "color": "AMARILLO"},
                 {"desde": 95, "hasta": 116, "color": "VERDE"},
                 {"desde": 116, "hasta": null, "color": "EXCEDIDO"}]"""));
        // added to version 1 for evaluation's printed report: the MIR objective's texts, the medios de
        // verificación and the metas aprobadas (the seed planned 10 programs; the modified meta, 9)
        assertThat(evento.get("resumenNarrativo").asText()).startsWith("LOS MIGRANTES POBLANOS RADICADOS EN NORTEAMÉRICA");
        assertThat(evento.get("responsable").asText()).endsWith("LA DIRECCIÓN DE APOYO Y PROTECCIÓN DE MIGRANTES.");
        assertThat(evento.get("mediosVerificacion").asText()).startsWith("CONCENTRADO ANUAL DE PROGRAMAS");
        assertThat(evento.get("metasAprobadas")).isEqualTo(JSON.readTree("""
                [{"mes": 12, "valores": {"V1": 9, "V2": 10}}]"""));

        // the version kept by the catalog is the record consumers received, byte for byte
        assertThat(definicionGuardada(id)).isEqualTo(registro.value());
    }

    /**
     * Each commit triggers a relay run on its own thread; with several requests at once none of
     * those runs may fail (a failed run leaves its records pending and retries them later).
     */
    @Test
    void unaRafagaDeFichasSePublicaSinFallasDelRelayNiDuplicados() throws Exception {
        String clave = claveNueva("RAF");
        crearPrograma(clave);
        UUID proposito = agregarObjetivo(clave, objetivo("PROPOSITO"));
        List<String> avisos = new CopyOnWriteArrayList<>();
        Handler capturador = new Handler() {
            @Override
            public void publish(LogRecord registro) {
                if (registro.getLevel().intValue() >= Level.WARNING.intValue()) {
                    avisos.add(registro.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger relay = Logger.getLogger(OutboxRelay.class.getName());
        relay.addHandler(capturador);
        ExecutorService clientes = Executors.newFixedThreadPool(4);
        try {
            List<Future<UUID>> creados = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                creados.add(clientes.submit(() -> crearIndicador(ficha("PROPOSITO-1", proposito))));
            }
            Set<String> ids = new HashSet<>();
            for (Future<UUID> creado : creados) {
                ids.add(creado.get(30, TimeUnit.SECONDS).toString());
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> pendientesEnOutbox() == 0);

            Map<String, Integer> registrosPorClave = registrosHastaElFinal();
            assertThat(avisos).as("warnings of the outbox relay").isEmpty();
            assertThat(ids).allSatisfy(id -> assertThat(registrosPorClave.get(id)).as("records keyed " + id).isEqualTo(1));
        } finally {
            clientes.shutdownNow();
            relay.removeHandler(capturador);
        }
    }

    /** Records per key from the beginning of the topic up to its current end. */
    private Map<String, Integer> registrosHastaElFinal() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Integer> porClave = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> particiones = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(particiones);
            consumer.seekToBeginning(particiones);
            Map<TopicPartition, Long> finales = consumer.endOffsets(particiones);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> porClave.merge(r.key(), 1, Integer::sum));
                return particiones.stream().allMatch(p -> consumer.position(p) >= finales.get(p));
            });
        }
        return porClave;
    }

    private long pendientesEnOutbox() throws SQLException {
        try (Connection conexion = dataSource.getConnection();
             PreparedStatement sentencia = conexion.prepareStatement(
                     "select count(*) from outbox where publicado_en is null");
             ResultSet resultado = sentencia.executeQuery()) {
            resultado.next();
            return resultado.getLong(1);
        }
    }

    private ConsumerRecord<String, String> primerRegistroConClave(String clave) {
        return Topicos.registros(bootstrapServers, topic, clave, 1).get(0);
    }

    private String definicionGuardada(String id) throws SQLException {
        try (Connection conexion = dataSource.getConnection();
             PreparedStatement sentencia = conexion.prepareStatement(
                     "select definicion from indicador_version where indicador_id = ? and version = 1")) {
            sentencia.setObject(1, UUID.fromString(id));
            try (ResultSet resultado = sentencia.executeQuery()) {
                assertThat(resultado.next()).isTrue();
                return resultado.getString(1);
            }
        }
    }
}
