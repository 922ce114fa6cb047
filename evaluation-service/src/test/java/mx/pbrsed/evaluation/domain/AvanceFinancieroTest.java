package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.bd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvanceFinancieroTest {

    @Test
    void presupuestoE011DeLaSemilla() {
        AvanceFinanciero avance = AvanceFinanciero.de(bd("45022975.00"), bd("47812885.90"), bd("47812885.90"));

        // 106.196... rounds half up to 106.20
        assertThat(avance.porcentajeAprobado()).isEqualTo(bd("106.20"));
        assertThat(avance.porcentajeModificado()).isEqualTo(bd("100.00"));
        assertThat(avance.devengado()).isEqualTo(bd("47812885.90"));
    }

    @Test
    void redondeaMedioHaciaArriba() {
        // 0.99996 / 8 * 100 = 12.4995 -> 12.50; 0.99956 / 8 * 100 = 12.4945 -> 12.49
        assertThat(AvanceFinanciero.de(bd("8"), bd("8"), bd("0.99996")).porcentajeAprobado()).isEqualTo(bd("12.50"));
        assertThat(AvanceFinanciero.de(bd("8"), bd("8"), bd("0.99956")).porcentajeAprobado()).isEqualTo(bd("12.49"));
    }

    @Test
    void sinDevengadoOPresupuestoCeroNoHayPorcentaje() {
        AvanceFinanciero sinDevengado = AvanceFinanciero.de(bd("100.00"), bd("100.00"), null);
        assertThat(sinDevengado.porcentajeAprobado()).isNull();
        assertThat(sinDevengado.porcentajeModificado()).isNull();

        AvanceFinanciero aprobadoCero = AvanceFinanciero.de(bd("0.00"), bd("50.00"), bd("25.00"));
        assertThat(aprobadoCero.porcentajeAprobado()).isNull();
        assertThat(aprobadoCero.porcentajeModificado()).isEqualTo(bd("50.00"));
    }
}
