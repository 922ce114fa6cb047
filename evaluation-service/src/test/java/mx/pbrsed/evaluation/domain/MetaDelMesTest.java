package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.bd;
import static mx.pbrsed.evaluation.domain.Datos.datoAbsoluto;
import static mx.pbrsed.evaluation.domain.Datos.definicion;
import static mx.pbrsed.evaluation.domain.Datos.mes;
import static mx.pbrsed.evaluation.domain.Datos.meses;
import static mx.pbrsed.evaluation.domain.Datos.porcentaje;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monthly meta the open-data export publishes: the formula over that month's metas modificadas. */
class MetaDelMesTest {

    @Test
    void metasDeLaSemilla() {
        DefinicionIndicador matricula = definicion(datoAbsoluto(), Map.of("V1", TipoVariable.ACTUALIZABLE),
                meses(mes(12, "V1", "45649")));
        DefinicionIndicador programas = definicion(porcentaje(),
                Map.of("V1", TipoVariable.ACUMULABLE, "V2", TipoVariable.NO_ACUMULABLE),
                meses(mes(12, "V1", "9", "V2", "9")));

        assertThat(matricula.metaDelMes(12)).contains(bd("45649"));
        assertThat(programas.metaDelMes(12)).contains(bd("100"));
        assertThat(matricula.metaDelMes(11)).isEmpty();
    }

    @Test
    void sinTodasLasVariablesOConDenominadorCeroNoHayMeta() {
        DefinicionIndicador incompleta = definicion(porcentaje(),
                Map.of("V1", TipoVariable.ACUMULABLE, "V2", TipoVariable.ACUMULABLE),
                meses(mes(3, "V1", "5"), mes(6, "V1", "5", "V2", "0"), mes(9, "V1", "1", "V2", "3")));

        assertThat(incompleta.metaDelMes(3)).isEmpty();
        assertThat(incompleta.metaDelMes(6)).isEmpty();
        assertThat(incompleta.metaDelMes(9)).contains(bd("33.333333"));
    }
}
