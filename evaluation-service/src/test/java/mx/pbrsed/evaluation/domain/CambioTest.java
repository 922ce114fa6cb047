package mx.pbrsed.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CambioTest {
    private static final ValorResultado BASE = new ValorResultado(EstadoResultado.CALCULADO, new BigDecimal("32822"),
            new BigDecimal("45649"), new BigDecimal("71.90"), Color.AMARILLO, "l", "m", "a", 1, 1, "ENVIADA", false,
            false, true);

    /** Each field that is one of the figures: a change of it is announced. */
    private static final List<UnaryOperator<ValorResultado>> DE_CIFRAS = List.of(
            v -> new ValorResultado(EstadoResultado.SIN_META, v.logro(), v.metaProgramada(), v.avancePorcentaje(),
                    v.semaforo(), v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(),
                    v.capturaVersion(), v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), new BigDecimal("32823"), v.metaProgramada(), v.avancePorcentaje(),
                    v.semaforo(), v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(),
                    v.capturaVersion(), v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), null, v.metaProgramada(), v.avancePorcentaje(),
                    v.semaforo(), v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(),
                    v.capturaVersion(), v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), new BigDecimal("45650"), v.avancePorcentaje(),
                    v.semaforo(), v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(),
                    v.capturaVersion(), v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), new BigDecimal("71.91"),
                    v.semaforo(), v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(),
                    v.capturaVersion(), v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(),
                    Color.ROJO, v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(),
                    v.capturaVersion(), v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(),
                    null, v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(),
                    v.capturaVersion(), v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()));

    /** Each field that is not: a change of it is kept in the history only. */
    private static final List<UnaryOperator<ValorResultado>> OTROS = List.of(
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    "otra", v.trazaMeta(), v.trazaAvance(), v.definicionVersion(), v.capturaVersion(),
                    v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), null, v.trazaAvance(), v.definicionVersion(), v.capturaVersion(),
                    v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), v.trazaMeta(), "otra", v.definicionVersion(), v.capturaVersion(),
                    v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), 2, v.capturaVersion(),
                    v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(), 2,
                    v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(), null,
                    v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(), v.capturaVersion(),
                    "VALIDADA", v.tardia(), v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(), v.capturaVersion(),
                    v.capturaEstado(), true, v.preliminar(), v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(), v.capturaVersion(),
                    v.capturaEstado(), v.tardia(), true, v.faltaJustificacion()),
            v -> new ValorResultado(v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(), v.semaforo(),
                    v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(), v.capturaVersion(),
                    v.capturaEstado(), v.tardia(), v.preliminar(), false));

    @Test
    void elMismoValorNoEsCambio() {
        assertThat(Cambio.entre(BASE, BASE)).isEqualTo(Cambio.NINGUNO);
    }

    @Test
    void lasCifrasSeComparanPorValorNoPorEscala() {
        ValorResultado otraEscala = new ValorResultado(BASE.estado(), new BigDecimal("32822.000"),
                new BigDecimal("45649.0"), new BigDecimal("71.9"), BASE.semaforo(), "l", "m", "a", 1, 1, "ENVIADA",
                false, false, true);

        assertThat(Cambio.entre(BASE, otraEscala)).isEqualTo(Cambio.NINGUNO);
    }

    @Test
    void elPrimerResultadoDeUnPeriodoSeAnuncia() {
        assertThat(Cambio.entre(null, BASE)).isEqualTo(Cambio.ANUNCIADO);
    }

    @Test
    void cadaCifraQueCambiaSeAnunciaEnAmbasDirecciones() {
        for (UnaryOperator<ValorResultado> cambio : DE_CIFRAS) {
            ValorResultado otro = cambio.apply(BASE);
            assertThat(Cambio.entre(BASE, otro)).as("%s -> %s", BASE, otro).isEqualTo(Cambio.ANUNCIADO);
            assertThat(Cambio.entre(otro, BASE)).as("%s -> %s", otro, BASE).isEqualTo(Cambio.ANUNCIADO);
        }
    }

    @Test
    void loDemasSoloQuedaEnElHistorial() {
        for (UnaryOperator<ValorResultado> cambio : OTROS) {
            ValorResultado otro = cambio.apply(BASE);
            assertThat(Cambio.entre(BASE, otro)).as("%s -> %s", BASE, otro).isEqualTo(Cambio.SOLO_HISTORIAL);
            assertThat(Cambio.entre(otro, BASE)).as("%s -> %s", otro, BASE).isEqualTo(Cambio.SOLO_HISTORIAL);
        }
    }

    @Test
    void unCambioDeCifrasJuntoAOtroSeAnuncia() {
        for (UnaryOperator<ValorResultado> deCifras : DE_CIFRAS) {
            for (UnaryOperator<ValorResultado> otro : OTROS) {
                assertThat(Cambio.entre(BASE, otro.apply(deCifras.apply(BASE)))).isEqualTo(Cambio.ANUNCIADO);
            }
        }
    }
}
