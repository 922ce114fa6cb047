package mx.pbrsed.capture.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import mx.pbrsed.capture.domain.CadenaCaptura;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.domain.EvidenciaAdjunta;
import mx.pbrsed.capture.domain.ValoresMes;
import mx.pbrsed.capture.domain.VersionCaptura;

/**
 * Reads stored versions, with their evidence files' descriptions and hashes, as chain links, in chain
 * order and a row at a time: what the verification walks and what migration V12 sealed the older
 * versions with, so both read a row exactly alike.
 */
public final class EslabonesJdbc {
    private static final TypeReference<List<ValoresMes>> VALORES = new TypeReference<>() {
    };
    /** Rows the driver fetches per round trip (inside a transaction, so the result set is a cursor). */
    private static final int FILAS_POR_VIAJE = 500;

    private EslabonesJdbc() {
    }

    /**
     * Hands {@code destino} every version that {@code condicion} (SQL over captura's columns, with
     * {@code parametros}) selects, by indicator, ejercicio, trimestre and version.
     */
    public static void recorrer(Connection conexion, ObjectMapper json, String condicion, List<Object> parametros,
                                Consumer<CadenaCaptura.Eslabon> destino) throws SQLException {
        Map<UUID, List<EvidenciaAdjunta>> evidencias = evidencias(conexion, condicion, parametros);
        try (PreparedStatement select = conexion.prepareStatement("""
                select id, indicador_id, definicion_version, ejercicio, trimestre, version, estado, valores::text,
                    analisis_logro, justificacion_variacion, preliminar, tardia, dias_retraso, capturado_por, capturado_en,
                    revision, validado_por, validado_en, comentario, hash_anterior, hash
                from captura c where %s
                order by indicador_id, ejercicio, trimestre, version""".formatted(condicion))) {
            fijar(select, parametros);
            select.setFetchSize(FILAS_POR_VIAJE);
            try (ResultSet fila = select.executeQuery()) {
                while (fila.next()) {
                    UUID id = fila.getObject(1, UUID.class);
                    var version = new VersionCaptura(id, fila.getObject(2, UUID.class), fila.getInt(3), fila.getInt(4),
                            fila.getInt(5), fila.getInt(6), EstadoCaptura.valueOf(fila.getString(7)), valores(json, fila.getString(8)),
                            fila.getString(9), fila.getString(10), fila.getBoolean(11), fila.getBoolean(12), fila.getInt(13),
                            fila.getString(14), fila.getObject(15, OffsetDateTime.class), fila.getInt(16), fila.getString(17),
                            fila.getObject(18, OffsetDateTime.class), fila.getString(19));
                    destino.accept(new CadenaCaptura.Eslabon(version, evidencias.getOrDefault(id, List.of()),
                            fila.getString(20), fila.getString(21)));
                }
            }
        }
    }

    /** The descriptions (never the content) of the files attached to the selected versions. */
    private static Map<UUID, List<EvidenciaAdjunta>> evidencias(Connection conexion, String condicion, List<Object> parametros)
            throws SQLException {
        Map<UUID, List<EvidenciaAdjunta>> porCaptura = new HashMap<>();
        try (PreparedStatement select = conexion.prepareStatement("""
                select e.id, e.captura_id, e.captura_version, e.nombre, e.tipo_contenido, e.tamano, e.sha256, e.subido_por, e.subido_en
                from evidencia e join captura c on c.id = e.captura_id
                where %s""".formatted(condicion))) {
            fijar(select, parametros);
            try (ResultSet fila = select.executeQuery()) {
                while (fila.next()) {
                    var evidencia = new EvidenciaAdjunta(fila.getObject(1, UUID.class), fila.getObject(2, UUID.class),
                            fila.getInt(3), fila.getString(4), fila.getString(5), fila.getLong(6), fila.getString(7),
                            fila.getString(8), fila.getObject(9, OffsetDateTime.class));
                    porCaptura.computeIfAbsent(evidencia.capturaId(), k -> new ArrayList<>()).add(evidencia);
                }
            }
        }
        return porCaptura;
    }

    private static void fijar(PreparedStatement sentencia, List<Object> parametros) throws SQLException {
        for (int i = 0; i < parametros.size(); i++) {
            sentencia.setObject(i + 1, parametros.get(i));
        }
    }

    private static List<ValoresMes> valores(ObjectMapper json, String texto) {
        try {
            return json.readValue(texto, VALORES);
        } catch (IOException e) {
            throw new UncheckedIOException("Valores ilegibles de una captura almacenada", e);
        }
    }
}
