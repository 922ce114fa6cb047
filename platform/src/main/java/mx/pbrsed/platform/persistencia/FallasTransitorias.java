package mx.pbrsed.platform.persistencia;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database failure that goes away by itself (PostgreSQL restarting or unreachable, the
 * pool out of connections, a deadlock or serialization conflict) from one that would fail again.
 * The consumers retry the first kind in place instead of dead-lettering a valid event, and REST
 * answers it with 503 instead of 500 ({@code ProblemaMappers}).
 */
public final class FallasTransitorias {
    /** Transient SQLStates besides class 08 (connection exception), which counts whole. */
    private static final Set<String> ESTADOS = Set.of(
            "57P01", // admin_shutdown: the server is stopping (fast or smart shutdown)
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now: the server is starting or stopping
            "53300", // too_many_connections
            "40001", // serialization_failure
            "40P01"); // deadlock_detected

    private FallasTransitorias() {
    }

    /** True if {@code falla}, or anything it wraps, is a transient database failure. */
    public static boolean es(Throwable falla) {
        // Causes, suppressed and chained SQL exceptions: Narayana and Hibernate wrap the driver's.
        Set<Throwable> vistas = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pendientes = new ArrayDeque<>();
        if (falla != null) {
            pendientes.add(falla);
        }
        while (!pendientes.isEmpty()) {
            Throwable t = pendientes.poll();
            if (!vistas.add(t)) {
                continue;
            }
            if (transitoria(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pendientes.add(t.getCause());
            }
            pendientes.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pendientes.add(sql.getNextException());
            }
        }
        return false;
    }

    /**
     * The SQLState of the innermost SQL exception {@code falla} wraps (a batch's first chained one),
     * or null when no SQL exception, or none with a state, is in the chain.
     */
    public static String estadoSql(Throwable falla) {
        SQLException sql = sqlMasInterna(falla);
        return sql == null ? null : sql.getSQLState();
    }

    /**
     * The driver's own words for a log line: the SQLState and message of the innermost SQL
     * exception (a batch's first chained one), never the statement or the values that failed.
     */
    public static String causa(Throwable falla) {
        SQLException sql = sqlMasInterna(falla);
        if (sql == null) {
            Throwable ultima = falla;
            Set<Throwable> vistas = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Throwable t = falla; t != null && vistas.add(t); t = t.getCause()) {
                ultima = t;
            }
            return ultima == null ? "?" : ultima.getClass().getSimpleName() + ": " + primeraLinea(ultima.getMessage());
        }
        return (sql.getSQLState() == null ? "" : sql.getSQLState() + " ") + primeraLinea(sql.getMessage());
    }

    private static SQLException sqlMasInterna(Throwable falla) {
        SQLException sql = null;
        Set<Throwable> vistas = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = falla; t != null && vistas.add(t); t = t.getCause()) {
            if (t instanceof SQLException encontrada) {
                sql = encontrada;
            }
        }
        return sql != null && sql.getNextException() != null ? sql.getNextException() : sql;
    }

    private static String primeraLinea(String mensaje) {
        String texto = String.valueOf(mensaje);
        int fin = texto.indexOf('\n');
        texto = fin < 0 ? texto : texto.substring(0, fin);
        return texto.length() > 160 ? texto.substring(0, 160) + "..." : texto;
    }

    private static boolean transitoria(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException || t instanceof SQLTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String estado = sql.getSQLState();
            if (estado != null && (estado.startsWith("08") || ESTADOS.contains(estado))) {
                return true;
            }
            // Agroal's pool gives up waiting for a connection with a bare SQLException (no SQLState).
            String mensaje = sql.getMessage();
            return estado == null && mensaje != null && mensaje.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }
}
