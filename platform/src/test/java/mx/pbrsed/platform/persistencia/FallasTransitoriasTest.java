package mx.pbrsed.platform.persistencia;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FallasTransitoriasTest {

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "57P01", "57P02", "57P03", "53300", "40001", "40P01"})
    void losEstadosDeConexionYDeConflictoSonTransitorios(String estado) {
        assertThat(FallasTransitorias.es(envuelta(new SQLException("falla", estado)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "42P01", "22003"})
    void losErroresDeDatosODeEsquemaNoLoSon(String estado) {
        assertThat(FallasTransitorias.es(envuelta(new SQLException("falla", estado)))).isFalse();
    }

    @Test
    void hibernateYaLaClasificoComoFallaDeConexion() {
        assertThat(FallasTransitorias.es(new JDBCConnectionException("sin conexión", new SQLException("I/O")))).isTrue();
    }

    @Test
    void elPoolSinConexionLibreATiempoEsTransitorio() {
        var agroal = new SQLException("Sorry, acquisition timeout!");
        assertThat(FallasTransitorias.es(new GenericJDBCException("Unable to acquire JDBC Connection", agroal))).isTrue();
        assertThat(FallasTransitorias.es(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
    }

    @Test
    void unBloqueoPesimistaQueNoSeObtuvoEsTransitorio() {
        assertThat(FallasTransitorias.es(new PessimisticLockException("bloqueo"))).isTrue();
    }

    @Test
    void seBuscaEnLasSuprimidasYEnLasExcepcionesEncadenadas() {
        var commit = new RuntimeException("commit fallido");
        commit.addSuppressed(new SQLException("I/O error", "08006"));
        assertThat(FallasTransitorias.es(commit)).isTrue();

        var lote = new SQLException("Batch entry 0 was aborted", "");
        lote.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(FallasTransitorias.es(new PersistenceException(lote))).isTrue();
    }

    @Test
    void unaRestriccionVioladaOUnErrorDeProgramaNoSeReintentan() {
        var duplicada = new ConstraintViolationException("duplicada", new SQLException("dup", "23505"), "pk");
        assertThat(FallasTransitorias.es(duplicada)).isFalse();
        assertThat(FallasTransitorias.es(new IllegalArgumentException("sin indicadorId"))).isFalse();
        assertThat(FallasTransitorias.es(new SQLException("Sorry, acquisition timeout!", "23505"))).isFalse();
        assertThat(FallasTransitorias.es(null)).isFalse();
    }

    @Test
    void unaCadenaCircularTermina() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(FallasTransitorias.es(a)).isFalse();
    }

    @Test
    void laCausaDeUnaLineaDeLogNoLlevaLaSentenciaNiLosValores() {
        var lote = new SQLException("Batch entry 0 insert into outbox (payload) values ('{...}') was aborted", "08006");
        lote.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(FallasTransitorias.causa(new GenericJDBCException("Error executing work", lote)))
                .isEqualTo("08006 An I/O error occurred while sending to the backend.");
        assertThat(FallasTransitorias.causa(envuelta(new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isEqualTo("57P01 FATAL: terminating connection due to administrator command");
        assertThat(FallasTransitorias.causa(new IllegalStateException("Session/EntityManager is closed")))
                .isEqualTo("IllegalStateException: Session/EntityManager is closed");
    }

    private static RuntimeException envuelta(SQLException sql) {
        return new PersistenceException("envuelta", new GenericJDBCException("jdbc", sql));
    }
}
