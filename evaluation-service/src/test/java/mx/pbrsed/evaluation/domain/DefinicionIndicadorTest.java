package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.porcentaje;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinicionIndicadorTest {

    private static final Expresion PORCENTAJE = porcentaje();
    private static final Map<String, TipoVariable> TIPOS =
            Map.of("V1", TipoVariable.ACUMULABLE, "V2", TipoVariable.NO_ACUMULABLE);

    private static DefinicionIndicador definicion(Map<String, TipoVariable> tipos, FormulaDescendente formulaDescendente) {
        return new DefinicionIndicador(PORCENTAJE, tipos, Comportamiento.DESCENDENTE, formulaDescendente,
                Frecuencia.TRIMESTRAL, Datos.semaforoPredeterminado(), ValoresMensuales.vacios());
    }

    @Test
    void laFormulaDescendentePredeterminadaEsLineal() {
        assertThat(definicion(TIPOS, null).formulaDescendente()).isEqualTo(FormulaDescendente.LINEAL);
        assertThat(definicion(TIPOS, FormulaDescendente.INVERSA).formulaDescendente()).isEqualTo(FormulaDescendente.INVERSA);
    }

    @Test
    void cadaVariableDeLaFormulaNecesitaSuTipo() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> definicion(Map.of("V1", TipoVariable.ACUMULABLE), null))
                .withMessageContaining("V2");
    }

    @Test
    void admiteVariablesDeclaradasQueLaFormulaNoUsa() {
        Map<String, TipoVariable> conSobrante = new HashMap<>(TIPOS);
        conSobrante.put("V3", TipoVariable.ACTUALIZABLE);
        assertThat(definicion(conSobrante, null).variables()).containsOnlyKeys("V1", "V2", "V3");
    }

    @Test
    void copiaLosTiposYLosHaceInmutables() {
        Map<String, TipoVariable> tipos = new HashMap<>(TIPOS);
        DefinicionIndicador definicion = definicion(tipos, null);
        tipos.clear();
        assertThat(definicion.variables()).containsOnlyKeys("V1", "V2");
        assertThatThrownBy(() -> definicion.variables().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rechazaNulos() {
        Semaforo semaforo = Datos.semaforoPredeterminado();
        ValoresMensuales metas = ValoresMensuales.vacios();
        assertThatNullPointerException().isThrownBy(() -> new DefinicionIndicador(null, TIPOS,
                Comportamiento.ASCENDENTE, null, Frecuencia.ANUAL, semaforo, metas));
        assertThatNullPointerException().isThrownBy(() -> new DefinicionIndicador(PORCENTAJE, null,
                Comportamiento.ASCENDENTE, null, Frecuencia.ANUAL, semaforo, metas));
        assertThatNullPointerException().isThrownBy(() -> new DefinicionIndicador(PORCENTAJE, TIPOS,
                null, null, Frecuencia.ANUAL, semaforo, metas));
        assertThatNullPointerException().isThrownBy(() -> new DefinicionIndicador(PORCENTAJE, TIPOS,
                Comportamiento.ASCENDENTE, null, null, semaforo, metas));
        assertThatNullPointerException().isThrownBy(() -> new DefinicionIndicador(PORCENTAJE, TIPOS,
                Comportamiento.ASCENDENTE, null, Frecuencia.ANUAL, null, metas));
        assertThatNullPointerException().isThrownBy(() -> new DefinicionIndicador(PORCENTAJE, TIPOS,
                Comportamiento.ASCENDENTE, null, Frecuencia.ANUAL, semaforo, null));
    }
}
