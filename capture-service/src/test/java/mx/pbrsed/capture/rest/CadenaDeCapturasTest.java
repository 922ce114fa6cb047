package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static mx.pbrsed.capture.rest.Capturas.revisar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import db.migration.V12__sellar_capturas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * The tamper drill: versions stored through the API verify clean; a row edited, deleted or resealed
 * directly in PostgreSQL is named by the verification of its indicator and of its ejercicio.
 */
@QuarkusTest
class CadenaDeCapturasTest {
    private static final Map<String, Object> NUEVE_NUEVE = Map.of("V1", 9, "V2", 9);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @Inject
    DataSource baseDeDatos;

    @Test
    void unHistorialIntactoSeVerificaLimpioYUnValorEditadoEnLaBaseSeReporta() throws SQLException {
        UUID id = conHistorial(publicada(Definicion.anual2023()));

        verificacion(id).then().statusCode(200)
                .body("integra", equalTo(true), "cadenas", equalTo(1), "versiones", equalTo(2), "rupturas.size()", equalTo(0));

        String almacenado = hash(id, 1);
        actualizar("update captura set valores = '[{\"mes\": 12, \"valores\": {\"V1\": 10, \"V2\": 9}}]' "
                + "where indicador_id = ? and version = 1", id);

        JsonPath ruptura = verificacion(id).then().statusCode(200)
                .body("integra", equalTo(false), "versiones", equalTo(2), "rupturas.size()", equalTo(1))
                .extract().jsonPath().setRootPath("rupturas[0]");
        assertThat(ruptura.getString("indicadorId")).isEqualTo(id.toString());
        assertThat(ruptura.getInt("ejercicio")).isEqualTo(2023);
        assertThat(ruptura.getInt("trimestre")).isEqualTo(4);
        assertThat(ruptura.getInt("version")).isEqualTo(1);
        assertThat(ruptura.getString("tipo")).isEqualTo("CONTENIDO");
        assertThat(ruptura.getString("almacenado")).isEqualTo(almacenado);
        assertThat(ruptura.getString("esperado")).matches("[0-9a-f]{64}").isNotEqualTo(almacenado);
        assertThat(ruptura.getString("detalle")).contains("versión 1", "2023 T4", "se modificó");
        assertThat(rupturasDelEjercicio(2023)).as("the ejercicio's verification names it too")
                .contains(id + " T4 v1 CONTENIDO");
    }

    @Test
    void unaVersionBorradaRompeElEnlaceDeLaSiguiente() throws SQLException {
        UUID id = publicada(Definicion.anual2023());
        for (int i = 0; i < 3; i++) {
            registrar(cuerpo(id, 2023, 4, NUEVE_NUEVE)).then().statusCode(201);
        }
        String primera = hash(id, 1);

        actualizar("delete from captura where indicador_id = ? and version = 2", id);

        JsonPath ruptura = verificacion(id).then().statusCode(200).body("integra", equalTo(false))
                .extract().jsonPath().setRootPath("rupturas[0]");
        assertThat(ruptura.getInt("version")).isEqualTo(3);
        assertThat(ruptura.getString("tipo")).isEqualTo("ENLACE");
        assertThat(ruptura.getString("esperado")).isEqualTo(primera);
    }

    @Test
    void unHashReemplazadoNoCorrespondeAlContenido() throws SQLException {
        UUID id = conHistorial(publicada(Definicion.anual2023()));
        String original = hash(id, 1);

        actualizar("update captura set hash = repeat('f', 64) where indicador_id = ? and version = 1", id);

        JsonPath ruptura = verificacion(id).then().statusCode(200).body("integra", equalTo(false))
                .extract().jsonPath().setRootPath("rupturas[0]");
        assertThat(ruptura.getInt("version")).isEqualTo(1);
        assertThat(ruptura.getString("tipo")).isEqualTo("CONTENIDO");
        assertThat(ruptura.getString("esperado")).isEqualTo(original);
        assertThat(ruptura.getString("almacenado")).isEqualTo("f".repeat(64));
    }

    @Test
    void unEjercicioSeVerificaPorPaginasDeIndicadores() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = publicada(Definicion.anual2023().ejercicio(2011));
            registrar(cuerpo(id, 2011, 4, NUEVE_NUEVE)).then().statusCode(201);
            ids.add(id);
        }

        JsonPath primera = Tokens.consulta().get("/capturas/verificacion?ejercicio=2011&limite=2").then().statusCode(200)
                .body("integra", equalTo(true), "cadenas", equalTo(2), "versiones", equalTo(2)).extract().jsonPath();
        String siguiente = primera.getString("siguiente");
        assertThat(siguiente).isNotNull();
        Tokens.consulta().get("/capturas/verificacion?ejercicio=2011&limite=2&despuesDe=" + siguiente).then().statusCode(200)
                .body("cadenas", equalTo(1), "siguiente", equalTo(null));
        Tokens.consulta().get("/capturas/verificacion?ejercicio=2011").then().statusCode(200)
                .body("cadenas", equalTo(3), "siguiente", equalTo(null));
        Tokens.consulta().get("/capturas/verificacion?ejercicio=2012").then().statusCode(200)
                .body("integra", equalTo(true), "cadenas", equalTo(0), "versiones", equalTo(0));
    }

    @Test
    void unIndicadorSinCapturasNoTieneQueVerificar() {
        verificacion(UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void laMigracionSellaLasVersionesAnterioresComoSeSellaUnaNueva() throws Exception {
        UUID id = conHistorial(publicada(Definicion.anual2023()));
        String primera = hash(id, 1);
        String segunda = hash(id, 2);
        actualizar("update captura set hash = repeat('0', 64), hash_anterior = null where indicador_id = ?", id);
        assertThat(verificacion(id).jsonPath().getBoolean("integra")).isFalse();

        try (Connection conexion = baseDeDatos.getConnection()) {
            conexion.setAutoCommit(false);
            new V12__sellar_capturas().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return conexion;
                }
            });
            conexion.commit();
        }

        assertThat(List.of(hash(id, 1), hash(id, 2))).containsExactly(primera, segunda);
        verificacion(id).then().statusCode(200).body("integra", equalTo(true));
    }

    /** Version 1 returned, version 2 with an evidence file and validated: every path that seals a version. */
    private static UUID conHistorial(UUID id) {
        registrar(cuerpo(id, 2023, 4, NUEVE_NUEVE)).then().statusCode(201);
        revisar(id, 2023, 4, "devolucion", Map.of("comentario", "Falta la justificación")).then().statusCode(200);
        registrar(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 10))).then().statusCode(201);
        Tokens.capturista().contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"acta.pdf\"")
                .body(PDF).post("/capturas/" + id + "/2023/4/evidencias").then().statusCode(201);
        revisar(id, 2023, 4, "validacion", Map.of()).then().statusCode(200);
        return id;
    }

    private UUID publicada(Definicion definicion) {
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(definicion);
        }
        esperarReplica(definicion);
        return definicion.id();
    }

    private static Response verificacion(UUID id) {
        return Tokens.consulta().get("/capturas/" + id + "/verificacion");
    }

    /** Every broken link of the ejercicio, "indicadorId Tn vN TIPO", walking all its pages. */
    private static List<String> rupturasDelEjercicio(int ejercicio) {
        List<String> rupturas = new ArrayList<>();
        String siguiente = null;
        do {
            var parametros = new LinkedHashMap<String, Object>();
            parametros.put("ejercicio", ejercicio);
            if (siguiente != null) {
                parametros.put("despuesDe", siguiente);
            }
            JsonPath pagina = Tokens.consulta().queryParams(parametros).get("/capturas/verificacion").then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> deLaPagina = pagina.getList("rupturas");
            deLaPagina.forEach(r -> rupturas.add(r.get("indicadorId") + " T" + r.get("trimestre") + " v" + r.get("version") + " "
                    + r.get("tipo")));
            siguiente = pagina.getString("siguiente");
        } while (siguiente != null);
        return rupturas;
    }

    private String hash(UUID indicadorId, int version) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement select = conexion.prepareStatement(
                     "select hash from captura where indicador_id = ? and ejercicio = 2023 and trimestre = 4 and version = ?")) {
            select.setObject(1, indicadorId);
            select.setInt(2, version);
            try (ResultSet fila = select.executeQuery()) {
                assertThat(fila.next()).as("version %d stored", version).isTrue();
                return fila.getString(1);
            }
        }
    }

    /** A change made straight in PostgreSQL, as someone with access to the database would. */
    private void actualizar(String sql, Object... parametros) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection(); PreparedStatement update = conexion.prepareStatement(sql)) {
            for (int i = 0; i < parametros.length; i++) {
                update.setObject(i + 1, parametros[i]);
            }
            assertThat(update.executeUpdate()).as(sql).isPositive();
        }
    }
}
