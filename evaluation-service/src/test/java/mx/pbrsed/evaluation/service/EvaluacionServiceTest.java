package mx.pbrsed.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.service.ResultadosApi.Consulta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How events are applied: in any arrival order, at most once each, never letting an older
 * version win, with the captura's flags carried into the result.
 */
@QuarkusTest
class EvaluacionServiceTest {
    @Inject
    EventosPrueba eventos;
    @Inject
    DataSource baseDeDatos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void laDefinicionQueLlegaDespuesDeLaCapturaLaCalcula() {
        UUID id = UUID.randomUUID();
        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 32822)));
        // The captura is kept as a replica while its definition is unknown.
        await().atMost(ResultadosApi.ESPERA).until(() -> versionCapturada(id) != null);
        assertThat(ResultadosApi.consultar(id)).isEmpty();

        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));

        ResultadoPeriodo q4 = ResultadosApi.esperarQ4Calculado(id).trimestre(4);
        assertThat(q4.logro()).isEqualByComparingTo("32822");
        assertThat(q4.avancePorcentaje()).isEqualTo(new BigDecimal("71.90"));
        assertThat(q4.semaforo()).isEqualTo(Color.AMARILLO);
        assertThat(q4.capturaVersion()).isEqualTo(1);
    }

    @Test
    void laMismaCapturaEntregadaDosVecesNoCambiaNada() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ObjectNode captura = eventos.capturaAnual(id, 1, Map.of("V1", 32822));
        eventos.registrarCaptura(captura);
        Consulta antes = ResultadosApi.esperarQ4Calculado(id);

        int particion = eventos.registrarCaptura(captura).partition();
        eventos.esperarCapturasAplicadas(particion);

        Consulta despues = ResultadosApi.consultar(id).orElseThrow();
        // calculadoEn included: the redelivery did not even recompute.
        assertThat(despues.resultados()).usingRecursiveComparison().isEqualTo(antes.resultados());
        assertThat(contar("select count(*) from evento_procesado where event_id = ?",
                UUID.fromString(captura.get("eventId").asText()))).isEqualTo(1);
        assertThat(contar("select count(*) from resultado where indicador_id = ?", id)).isEqualTo(4);
    }

    @Test
    void unaVersionAnteriorDeLaCapturaQueLlegaDespuesSeIgnora() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ResultadosApi.esperar(id, consulta -> true);
        ObjectNode version2 = eventos.capturaAnual(id, 2, Map.of("V1", 45649));
        ObjectNode version1 = eventos.capturaAnual(id, 1, Map.of("V1", 32822));
        version1.put("capturaId", version2.get("capturaId").asText());

        eventos.registrarCaptura(version2);
        int particion = eventos.registrarCaptura(version1).partition();
        eventos.esperarCapturasAplicadas(particion);

        ResultadoPeriodo q4 = ResultadosApi.consultar(id).orElseThrow().trimestre(4);
        assertThat(q4.estado()).isEqualTo(EstadoResultado.CALCULADO);
        assertThat(q4.capturaVersion()).isEqualTo(2);
        assertThat(q4.logro()).isEqualByComparingTo("45649");
        assertThat(q4.avancePorcentaje()).isEqualTo(new BigDecimal("100.00"));
        assertThat(q4.semaforo()).isEqualTo(Color.VERDE);
        assertThat(versionCapturada(id)).isEqualTo(2);
    }

    @Test
    void unaNuevaVersionDeLaDefinicionRecalculaYUnaAnteriorSeIgnora() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 32822)));
        assertThat(ResultadosApi.esperarQ4Calculado(id).trimestre(4).avancePorcentaje())
                .isEqualTo(new BigDecimal("71.90"));

        // The meta is modified down to what was achieved.
        eventos.publicarIndicador(eventos.matriculaConsular(id, 2, 32822));
        Consulta version2 = ResultadosApi.esperar(id, consulta -> consulta.trimestre(4).definicionVersion() == 2);
        assertThat(version2.resultados().definicionVersion()).isEqualTo(2);
        ResultadoPeriodo q4 = version2.trimestre(4);
        assertThat(q4.metaProgramada()).isEqualByComparingTo("32822");
        assertThat(q4.avancePorcentaje()).isEqualTo(new BigDecimal("100.00"));
        assertThat(q4.semaforo()).isEqualTo(Color.VERDE);
        assertThat(q4.faltaJustificacion()).isFalse();
        assertThat(version2.resultados().resultados()).extracting(ResultadoPeriodo::definicionVersion)
                .containsOnly(2);

        // A late copy of version 1 (another event) must not bring the old meta back.
        int particion = eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649)).partition();
        eventos.esperarIndicadoresAplicados(particion);

        Consulta despues = ResultadosApi.consultar(id).orElseThrow();
        assertThat(despues.resultados()).usingRecursiveComparison().isEqualTo(version2.resultados());
    }

    @Test
    void elEstadoDelFlujoEsElDeLaRevisionMasAltaDeLaVersion() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        // Without a "revision" field, as capture published before the workflow: revision 0.
        ObjectNode enviada = eventos.capturaAnual(id, 1, Map.of("V1", 32822));
        eventos.registrarCaptura(enviada);
        assertThat(ResultadosApi.esperarQ4Calculado(id).trimestre(4).capturaEstado()).isEqualTo("ENVIADA");

        eventos.registrarCaptura(revision(enviada, 1, "VALIDADA"));
        ResultadoPeriodo q4 = ResultadosApi.esperar(id, c -> "VALIDADA".equals(c.trimestre(4).capturaEstado())).trimestre(4);
        assertThat(q4.capturaVersion()).isEqualTo(1);
        assertThat(q4.avancePorcentaje()).isEqualTo(new BigDecimal("71.90"));
        assertThat(revisionCapturada(id)).isEqualTo(1);

        // A late copy of revision 0 (another event) does not bring ENVIADA back.
        int particion = eventos.registrarCaptura(revision(enviada, 0, "ENVIADA")).partition();
        eventos.esperarCapturasAplicadas(particion);
        assertThat(ResultadosApi.consultar(id).orElseThrow().trimestre(4).capturaEstado()).isEqualTo("VALIDADA");

        eventos.registrarCaptura(revision(enviada, 2, "DEVUELTA"));
        assertThat(ResultadosApi.esperar(id, c -> "DEVUELTA".equals(c.trimestre(4).capturaEstado()))
                .trimestre(4).capturaVersion()).isEqualTo(1);

        // The corrected version starts its own revisions at 0 and wins over version 1's.
        ObjectNode corregida = eventos.capturaAnual(id, 2, Map.of("V1", 45649));
        corregida.put("capturaId", enviada.get("capturaId").asText());
        eventos.registrarCaptura(corregida);
        q4 = ResultadosApi.esperar(id, c -> c.trimestre(4).capturaVersion() == 2).trimestre(4);
        assertThat(q4.capturaEstado()).isEqualTo("ENVIADA");
        assertThat(q4.semaforo()).isEqualTo(Color.VERDE);
    }

    private static ObjectNode revision(ObjectNode captura, int revision, String estado) {
        ObjectNode copia = captura.deepCopy();
        copia.put("eventId", UUID.randomUUID().toString());
        copia.put("revision", revision);
        copia.put("estado", estado);
        return copia;
    }

    @Test
    void faltaJustificacionTardiaYPreliminarVienenDeLaUltimaCaptura() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ObjectNode preliminar = eventos.capturaAnual(id, 1, Map.of("V1", 32822));
        preliminar.put("preliminar", true);
        eventos.registrarCaptura(preliminar);

        ResultadoPeriodo q4 = ResultadosApi.esperarQ4Calculado(id).trimestre(4);
        assertThat(q4.semaforo()).isEqualTo(Color.AMARILLO);
        assertThat(q4.faltaJustificacion()).isTrue();
        assertThat(q4.preliminar()).isTrue();
        assertThat(q4.tardia()).isFalse();

        // Version 2, sent after the window closed, explains the variation.
        ObjectNode justificada = eventos.capturaAnual(id, 2, Map.of("V1", 32822));
        justificada.put("capturaId", preliminar.get("capturaId").asText());
        justificada.put("tardia", true);
        justificada.put("justificacionVariacion", "La cifra es preliminar; se actualizará con la definitiva.");
        eventos.registrarCaptura(justificada);

        q4 = ResultadosApi.esperar(id, consulta -> consulta.trimestre(4).capturaVersion() == 2).trimestre(4);
        assertThat(q4.semaforo()).isEqualTo(Color.AMARILLO);
        assertThat(q4.faltaJustificacion()).isFalse();
        assertThat(q4.tardia()).isTrue();
        assertThat(q4.preliminar()).isFalse();
    }

    @Test
    void unaJustificacionEnBlancoNoCuenta() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ObjectNode captura = eventos.capturaAnual(id, 1, Map.of("V1", 20000));
        captura.put("justificacionVariacion", "   ");
        eventos.registrarCaptura(captura);

        ResultadoPeriodo q4 = ResultadosApi.esperarQ4Calculado(id).trimestre(4);
        assertThat(q4.semaforo()).isEqualTo(Color.ROJO);
        assertThat(q4.faltaJustificacion()).isTrue();
    }

    @Test
    void definicionesYCapturasQueLleganALaVezSeCalculanTodas() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
            eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 32822)));
        }
        for (UUID id : ids) {
            assertThat(ResultadosApi.esperarQ4Calculado(id).trimestre(4).logro()).isEqualByComparingTo("32822");
        }
    }

    private Integer versionCapturada(UUID indicadorId) {
        return deLaCapturaQ4("version", indicadorId);
    }

    private Integer revisionCapturada(UUID indicadorId) {
        return deLaCapturaQ4("revision", indicadorId);
    }

    private Integer deLaCapturaQ4(String columna, UUID indicadorId) {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement consulta = conexion.prepareStatement(
                     "select " + columna + " from captura where indicador_id = ? and ejercicio = ? and trimestre = 4")) {
            consulta.setObject(1, indicadorId);
            consulta.setInt(2, EventosPrueba.EJERCICIO);
            try (ResultSet fila = consulta.executeQuery()) {
                return fila.next() ? fila.getInt(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long contar(String sql, UUID parametro) {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement consulta = conexion.prepareStatement(sql)) {
            consulta.setObject(1, parametro);
            try (ResultSet fila = consulta.executeQuery()) {
                fila.next();
                return fila.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
