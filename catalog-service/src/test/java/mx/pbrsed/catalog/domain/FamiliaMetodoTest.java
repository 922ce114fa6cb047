package mx.pbrsed.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FamiliaMetodoTest {

    private static Expresion parsear(String texto) {
        return ParserFormula.parsear(texto, Set.of("V1", "V2", "V3"));
    }

    @ParameterizedTest(name = "{0} admite {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PORCENTAJE     | (V1/V2)*100          | true
            PORCENTAJE     | (V2/V1)*100          | true
            PORCENTAJE     | (V1/V3)*100.0        | true
            PORCENTAJE     | V1/V2*100            | true
            PORCENTAJE     | ((V1)/(V2))*100      | true
            PORCENTAJE     | 100*(V1/V2)          | false
            PORCENTAJE     | (V1/V1)*100          | false
            PORCENTAJE     | (V1/V2)*10           | false
            PORCENTAJE     | (V1/2)*100           | false
            PORCENTAJE     | (V1+V2)*100          | false
            PORCENTAJE     | V1/(V2*100)          | false
            PORCENTAJE     | V1/V2                | false
            PORCENTAJE     | (V1/V2)*100 + 0      | false
            PORCENTAJE     | V1                   | false
            TASA_VARIACION | ((V1/V2)-1)*100      | true
            TASA_VARIACION | (V1/V2-1)*100        | true
            TASA_VARIACION | ((V3/V1)-1.0)*100    | true
            TASA_VARIACION | ((V1/V2)+1)*100      | false
            TASA_VARIACION | ((V1/V2)-2)*100      | false
            TASA_VARIACION | ((V1/V1)-1)*100      | false
            TASA_VARIACION | ((V1/V2)-1)*10       | false
            TASA_VARIACION | ((V1-V2)-1)*100      | false
            TASA_VARIACION | (1-(V1/V2))*100      | false
            TASA_VARIACION | (V1/V2)*100          | false
            TASA_VARIACION | (V1/V2)-1            | false
            RAZON          | V1/V2                | true
            RAZON          | V2/V1                | true
            RAZON          | V1/V1                | false
            RAZON          | V1*V2                | false
            RAZON          | V1/2                 | false
            RAZON          | (V1/V2)*100          | false
            PROMEDIO       | V1/V2                | true
            PROMEDIO       | V3/V2                | true
            PROMEDIO       | V2/V2                | false
            PROMEDIO       | (V1+V2)/V3           | false
            DATO_ABSOLUTO  | V1                   | true
            DATO_ABSOLUTO  | (V2)                 | true
            DATO_ABSOLUTO  | -V1                  | false
            DATO_ABSOLUTO  | V1+V2                | false
            DATO_ABSOLUTO  | 100                  | false
            INDICE         | V1 + V2 * 3          | true
            INDICE         | 100                  | true
            INDICE         | -V1                  | true
            OTRO           | (V1 - V2) / V3       | true
            OTRO           | V1                   | true
            """)
    void cadaFamiliaFijaLaFormaDeLaFormula(FamiliaMetodo familia, String formula, boolean admite) {
        assertThat(familia.admite(parsear(formula))).isEqualTo(admite);
    }

    @Test
    void laFormaDeCadaFamilia() {
        assertThat(FamiliaMetodo.PORCENTAJE.forma()).isEqualTo("(V1 / V2) * 100");
        assertThat(FamiliaMetodo.TASA_VARIACION.forma()).isEqualTo("((V1 / V2) - 1) * 100");
        assertThat(FamiliaMetodo.RAZON.forma()).isEqualTo("V1 / V2");
        assertThat(FamiliaMetodo.PROMEDIO.forma()).isEqualTo("V1 / V2");
        assertThat(FamiliaMetodo.DATO_ABSOLUTO.forma()).isEqualTo("V1");
        assertThat(FamiliaMetodo.INDICE.forma()).isEqualTo("cualquier expresión sobre las variables");
        assertThat(FamiliaMetodo.OTRO.forma()).isEqualTo("cualquier expresión sobre las variables");
    }

    @ParameterizedTest
    @EnumSource(value = FamiliaMetodo.class, names = {"INDICE", "OTRO"}, mode = EnumSource.Mode.EXCLUDE)
    void laFormaDeUnaFamiliaConFormaFijaEsAdmitida(FamiliaMetodo familia) {
        assertThat(familia.admite(parsear(familia.forma()))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(FamiliaMetodo.class)
    void noAdmiteUnaExpresionNula(FamiliaMetodo familia) {
        assertThatNullPointerException().isThrownBy(() -> familia.admite(null));
    }
}
