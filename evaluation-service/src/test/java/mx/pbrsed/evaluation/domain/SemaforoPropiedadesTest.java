package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.datoAbsoluto;
import static mx.pbrsed.evaluation.domain.Datos.definicion;
import static mx.pbrsed.evaluation.domain.Datos.mes;
import static mx.pbrsed.evaluation.domain.Datos.meses;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Properties of the semáforo over generated avances and ranges (SPEC rules 5 and 6). */
class SemaforoPropiedadesTest {

    /** Rule 5: the colour is the one of the avance as shown, 2 decimals HALF_UP of R * 100 / M. */
    @Property
    void elColorSiempreCoincideConElAvanceRedondeado(
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(4) BigDecimal logro,
            @ForAll @BigRange(min = "0.0001", max = "1000000") @Scale(4) BigDecimal meta) {
        DefinicionIndicador ascendente = definicion(datoAbsoluto(), Map.of("V1", TipoVariable.ACTUALIZABLE),
                meses(mes(3, "V1", meta.toPlainString())));

        Resultado resultado = new MotorEvaluacion().evaluar(ascendente,
                List.of(CapturaTrimestral.delTrimestre(1, Map.of("V1", logro))), 1);

        BigDecimal esperado = logro.multiply(BigDecimal.valueOf(100)).divide(meta, 30, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(resultado.estado()).isEqualTo(EstadoResultado.CALCULADO);
        assertThat(resultado.avancePorcentaje()).isEqualTo(esperado);
        assertThat(resultado.semaforo()).isEqualTo(Datos.semaforoPredeterminado().colorDe(resultado.avancePorcentaje()));
    }

    /** Rule 6: contiguous half-open ranges from 0, the last open, give every avance exactly one colour. */
    @Property
    void losRangosDanUnSoloColorATodoAvanceDesdeCero(
            @ForAll("semaforos") Semaforo semaforo,
            @ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal avance) {
        long contenedores = semaforo.rangos().stream().filter(r -> r.contiene(avance)).count();

        assertThat(contenedores).isEqualTo(1);
        assertThat(semaforo.colorDe(avance)).isEqualTo(
                semaforo.rangos().stream().filter(r -> r.contiene(avance)).findFirst().orElseThrow().color());
    }

    @Provide
    Arbitrary<Semaforo> semaforos() {
        Arbitrary<List<BigDecimal>> cortes = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500"))
                .ofScale(2).set().ofMinSize(1).ofMaxSize(6).map(c -> new ArrayList<>(new TreeSet<>(c)));
        Arbitrary<List<Color>> colores = Arbitraries.of(Color.class).list().ofSize(7);
        return Combinators.combine(cortes, colores).as((limites, color) -> {
            List<RangoSemaforo> rangos = new ArrayList<>();
            BigDecimal desde = BigDecimal.ZERO;
            for (int i = 0; i < limites.size(); i++) {
                rangos.add(new RangoSemaforo(desde, limites.get(i), color.get(i)));
                desde = limites.get(i);
            }
            rangos.add(new RangoSemaforo(desde, null, color.get(limites.size())));
            return new Semaforo(rangos);
        });
    }
}
