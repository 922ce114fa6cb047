package mx.pbrsed.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/** What the catalog stored, read straight from its database, to prove a rejection stored nothing. */
public final class Almacen {
    private Almacen() {
    }

    public static Map<String, Long> conteos(DataSource dataSource) {
        return Map.of(
                "programa", filas(dataSource, "select count(*) from programa"),
                "objetivo", filas(dataSource, "select count(*) from objetivo"),
                "indicador", filas(dataSource, "select count(*) from indicador"),
                "indicador_version", filas(dataSource, "select count(*) from indicador_version"),
                "meta_modificacion", filas(dataSource, "select count(*) from meta_modificacion"),
                "outbox", filas(dataSource, "select count(*) from outbox"));
    }

    public static long filas(DataSource dataSource, String sql) {
        try (Connection conexion = dataSource.getConnection();
             Statement sentencia = conexion.createStatement();
             ResultSet resultado = sentencia.executeQuery(sql)) {
            resultado.next();
            return resultado.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
