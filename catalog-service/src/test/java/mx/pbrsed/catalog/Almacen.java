package mx.pbrsed.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * Every row of the catalog's own tables, digested: equal before and after a request means it stored
     * nothing, updates included. The outbox is counted instead, since its relay stamps rows as it sends them.
     */
    public static Map<String, String> huella(DataSource dataSource) {
        Map<String, String> huella = new TreeMap<>();
        for (String tabla : List.of("programa", "objetivo", "indicador", "indicador_version", "meta_modificacion", "referencia")) {
            huella.put(tabla, texto(dataSource, "select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + tabla + " t"));
        }
        huella.put("outbox", String.valueOf(filas(dataSource, "select count(*) from outbox")));
        return huella;
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

    private static String texto(DataSource dataSource, String sql) {
        try (Connection conexion = dataSource.getConnection();
             Statement sentencia = conexion.createStatement();
             ResultSet resultado = sentencia.executeQuery(sql)) {
            resultado.next();
            return resultado.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
