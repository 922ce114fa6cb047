package mx.pbrsed.capture.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What capture's replica of the catalog does with a definition of a schema version it does not read. */
@QuarkusTest
class EsquemaDesconocidoTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topic-prefix")
    String prefijo;
    @Inject
    DataSource baseDeDatos;

    @Test
    void unaDefinicionDeUnSchemaVersionDesconocidoVaALaDlqConLaRazonSinReplicarseYCuentaComoRechazada()
            throws SQLException {
        var futura = Definicion.anual2023();
        var siguiente = Definicion.anual2023();
        String version2 = ((ObjectNode) Capturas.json(futura.json())).put("schemaVersion", 2).toString();
        Metricas antes = Metricas.leer();

        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            var primera = catalogo.publicarTexto(futura.id(), version2);
            // Same partition, so the replica has the next one only once the consumer is past the first.
            catalogo.publicarDespuesDe(primera, siguiente);
        }
        esperarReplica(siguiente);

        assertThat(replicado(futura.id())).as("the version-2 definition was applied").isFalse();
        ConsumerRecord<String, String> muerto = Eventos.conClave(bootstrap, prefijo + "indicadores-dlq-capture",
                futura.id().toString(), 1).get(0);
        assertThat(muerto.value()).isEqualTo(version2);
        assertThat(new String(muerto.headers().lastHeader("dead-letter-reason").value(), UTF_8))
                .isEqualTo("schemaVersion 2 no soportada: se lee la 1");
        assertThat(new String(muerto.headers().lastHeader("dead-letter-topic").value(), UTF_8))
                .isEqualTo(topicIndicadores);
        await().atMost(Capturas.ESPERA).untilAsserted(() -> assertThat(
                Metricas.leer().valor("pbrsed_eventos_rechazados_total", "canal", "indicadores", "razon", "esquema-no-soportado")
                        - antes.valor("pbrsed_eventos_rechazados_total", "canal", "indicadores", "razon", "esquema-no-soportado"))
                .isEqualTo(1));
    }

    private boolean replicado(UUID indicadorId) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement consulta = conexion.prepareStatement("select count(*) from indicador where id = ?")) {
            consulta.setObject(1, indicadorId);
            try (ResultSet fila = consulta.executeQuery()) {
                fila.next();
                return fila.getLong(1) > 0;
            }
        }
    }
}
