package mx.pbrsed.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetasCalendarizadasTest {

    private static final Set<String> V1_V2 = Set.of("V1", "V2");

    private static MetaMensual meta(int mes, String... variableYValor) {
        Map<String, BigDecimal> valores = new HashMap<>();
        for (int i = 0; i < variableYValor.length; i += 2) {
            valores.put(variableYValor[i], new BigDecimal(variableYValor[i + 1]));
        }
        return new MetaMensual(mes, valores);
    }

    private static DefinicionInvalidaException rechazo(String campo, ThrowingCallable accion) {
        DefinicionInvalidaException error = catchThrowableOfType(DefinicionInvalidaException.class, accion);
        assertThat(error).as("debe rechazarse").isNotNull();
        assertThat(error.campo()).isEqualTo(campo);
        return error;
    }

    @Nested
    class Semilla {

        @Test
        void laMatriculaConsularAnualConSuMetaAnual() {
            MetasCalendarizadas metas = MetasCalendarizadas.validar(List.of(meta(12, "V1", "45649")),
                    List.of(meta(12, "V1", "45649")), Set.of("V1"), Frecuencia.ANUAL, 2023, null);

            assertThat(metas.metaAnual()).hasValueSatisfying(
                    anual -> assertThat(anual.valores()).containsExactly(Map.entry("V1", new BigDecimal("45649"))));
        }

        @Test
        void losProgramasAFavorDeMigrantesConMetaModificada() {
            MetasCalendarizadas metas = MetasCalendarizadas.validar(List.of(meta(12, "V1", "9", "V2", "10")),
                    List.of(meta(12, "V1", "9", "V2", "9")), V1_V2, Frecuencia.ANUAL, 2023, null);

            assertThat(metas.aprobadas()).containsExactly(meta(12, "V1", "9", "V2", "10"));
            assertThat(metas.metaAnual()).contains(meta(12, "V1", "9", "V2", "9"));
        }
    }

    @Nested
    class Estructura {

        @Test
        void cadaListaQuedaOrdenadaPorMesEInmutable() {
            MetasCalendarizadas metas = new MetasCalendarizadas(
                    List.of(meta(12, "V1", "4"), meta(3, "V1", "1")),
                    List.of(meta(9, "V1", "3"), meta(6, "V1", "2"), meta(12, "V1", "4")));

            assertThat(metas.aprobadas()).extracting(MetaMensual::mes).containsExactly(3, 12);
            assertThat(metas.modificadas()).extracting(MetaMensual::mes).containsExactly(6, 9, 12);
            assertThatThrownBy(() -> metas.modificadas().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void listasVaciasSonValidasSinFrecuencia() {
            MetasCalendarizadas metas = new MetasCalendarizadas(List.of(), List.of());

            assertThat(metas.metaAnual()).isEmpty();
        }

        @Test
        void unMesRepetidoEnLasAprobadas() {
            DefinicionInvalidaException error = rechazo("metasCalendarizadas.aprobadas",
                    () -> new MetasCalendarizadas(List.of(meta(3, "V1", "1"), meta(3, "V1", "2")), List.of()));

            assertThat(error.getMessage()).isEqualTo("El mes 3 tiene más de una meta");
        }

        @Test
        void unMesRepetidoEnLasModificadas() {
            rechazo("metasCalendarizadas.modificadas",
                    () -> new MetasCalendarizadas(List.of(), List.of(meta(12, "V1", "1"), meta(12, "V1", "1"))));
        }

        @Test
        void elMismoMesEnAmbasListasEsLoNormal() {
            assertThat(new MetasCalendarizadas(List.of(meta(12, "V1", "1")), List.of(meta(12, "V1", "2")))
                    .modificadas()).hasSize(1);
        }

        @Test
        void listasYMetasNulas() {
            assertThat(rechazo("metasCalendarizadas.aprobadas", () -> new MetasCalendarizadas(null, List.of()))
                    .getMessage()).isEqualTo("Falta la lista de metas (puede estar vacía)");
            assertThat(rechazo("metasCalendarizadas.modificadas",
                    () -> new MetasCalendarizadas(List.of(), Arrays.asList(meta(12, "V1", "1"), null)))
                    .getMessage()).isEqualTo("Hay una meta nula");
        }
    }

    @Nested
    class MetaDeUnMes {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"-1", "-0.000001", "1e309", "1234567890123456789012345678901234567890", "0.12345678901",
                "1000000000000000", "0.0000001"})
        void unValorQueUnaCapturaNoPodriaTenerSeRechaza(String valor) {
            assertThat(rechazo("metasCalendarizadas", () -> meta(12, "V1", valor)).getMessage())
                    .startsWith("La meta del mes 12 da a V1 el valor ")
                    .endsWith("debe ser un número de 0 en adelante con hasta 15 dígitos enteros y 6 decimales");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0", "999999999999999", "0.000001", "9.0000000000", "45649"})
        void losValoresQueUnaCapturaAdmite(String valor) {
            assertThat(meta(12, "V1", valor).valores().get("V1")).isEqualByComparingTo(valor);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 13, -1})
        void elMesVaDe1A12(int mes) {
            assertThat(rechazo("metasCalendarizadas", () -> meta(mes, "V1", "1")).getMessage())
                    .isEqualTo("Mes " + mes + " fuera de rango: debe ser de 1 a 12");
        }

        @Test
        void unaMetaSinValores() {
            assertThat(rechazo("metasCalendarizadas", () -> new MetaMensual(3, Map.of())).getMessage())
                    .isEqualTo("La meta del mes 3 no tiene valores");
            rechazo("metasCalendarizadas", () -> new MetaMensual(3, null));
        }

        @Test
        void unValorNuloOUnaVariableNula() {
            Map<String, BigDecimal> valorNulo = new HashMap<>();
            valorNulo.put("V1", null);
            Map<String, BigDecimal> variableNula = new HashMap<>();
            variableNula.put(null, BigDecimal.ONE);

            assertThat(rechazo("metasCalendarizadas", () -> new MetaMensual(6, valorNulo)).getMessage())
                    .isEqualTo("La meta del mes 6 tiene un valor sin variable o una variable sin valor (V1)");
            rechazo("metasCalendarizadas", () -> new MetaMensual(6, variableNula));
        }

        @Test
        void losValoresSeCopianYNoSeModifican() {
            Map<String, BigDecimal> valores = new HashMap<>(Map.of("V1", BigDecimal.ONE));
            MetaMensual meta = new MetaMensual(12, valores);
            valores.put("V2", BigDecimal.TEN);

            assertThat(meta.valores()).containsOnlyKeys("V1");
            assertThatThrownBy(() -> meta.valores().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class VariablesDeclaradas {

        @Test
        void soloVariablesDeclaradasEnLasAprobadas() {
            DefinicionInvalidaException error = rechazo("metasCalendarizadas.aprobadas",
                    () -> MetasCalendarizadas.de(List.of(meta(12, "V1", "9", "V3", "1")), List.of(), V1_V2));

            assertThat(error.getMessage()).isEqualTo("La meta del mes 12 usa la variable V3, que no está declarada");
        }

        @Test
        void soloVariablesDeclaradasEnLasModificadas() {
            rechazo("metasCalendarizadas.modificadas",
                    () -> MetasCalendarizadas.de(List.of(), List.of(meta(12, "V9", "9")), V1_V2));
        }

        @Test
        void unaMetaPuedeTenerSoloAlgunasDeLasVariables() {
            assertThat(MetasCalendarizadas.de(List.of(), List.of(meta(3, "V1", "2"), meta(12, "V2", "9")), V1_V2)
                    .modificadas()).hasSize(2);
        }

        @Test
        void sinFrecuenciaNoSeRevisanLosMeses() {
            assertThat(MetasCalendarizadas.de(List.of(meta(1, "V1", "1")), List.of(), V1_V2).aprobadas()).hasSize(1);
        }

        @Test
        void lasVariablesDeclaradasSonObligatorias() {
            assertThatNullPointerException().isThrownBy(() -> MetasCalendarizadas.de(List.of(), List.of(), null));
        }
    }

    @Nested
    class Frecuencias {

        /** A meta in every month the frecuencia measures, and in mes. */
        private static List<MetaMensual> metasEn(Frecuencia frecuencia, int mes) {
            return IntStream.rangeClosed(1, 12)
                    .filter(m -> m == mes || frecuencia.mesesDeMedicion().contains(m))
                    .mapToObj(m -> meta(m, "V1", String.valueOf(m))).toList();
        }

        @ParameterizedTest(name = "{0} admite una meta en el mes {1}: {2}")
        @CsvSource({
                "ANUAL, 3, false", "ANUAL, 6, false", "ANUAL, 11, false",
                "SEMESTRAL, 6, true", "SEMESTRAL, 3, false", "SEMESTRAL, 9, false",
                "TRIMESTRAL, 3, true", "TRIMESTRAL, 6, true", "TRIMESTRAL, 9, true", "TRIMESTRAL, 4, false",
                "BIMESTRAL, 2, true", "BIMESTRAL, 10, true", "BIMESTRAL, 3, false", "BIMESTRAL, 11, false",
                "CUATRIMESTRAL, 4, true", "CUATRIMESTRAL, 8, true", "CUATRIMESTRAL, 3, false", "CUATRIMESTRAL, 6, false",
                "MENSUAL, 1, true", "MENSUAL, 5, true", "MENSUAL, 11, true"})
        void soloEnLosMesesQueSeMiden(Frecuencia frecuencia, int mes, boolean admite) {
            List<MetaMensual> metas = metasEn(frecuencia, mes);
            ThrowingCallable validar = () -> MetasCalendarizadas.validar(metas, metas, V1_V2, frecuencia, 2023, null);

            if (admite) {
                assertThatCode(validar).doesNotThrowAnyException();
            } else {
                rechazo("metasCalendarizadas.aprobadas", validar);
            }
        }

        @Test
        void unIndicadorAnualConMetaEnMarzo() {
            DefinicionInvalidaException error = rechazo("metasCalendarizadas.aprobadas",
                    () -> MetasCalendarizadas.validar(List.of(meta(3, "V1", "5"), meta(12, "V1", "9")),
                            List.of(meta(12, "V1", "9")), V1_V2, Frecuencia.ANUAL, 2023, null));

            assertThat(error.getMessage())
                    .isEqualTo("Un indicador de frecuencia ANUAL no mide en el mes 3; sus meses de medición son 12");
        }

        @Test
        void elMensajeListaLosMesesDeMedicion() {
            DefinicionInvalidaException error = rechazo("metasCalendarizadas.modificadas",
                    () -> MetasCalendarizadas.validar(List.of(), List.of(meta(5, "V1", "5"), meta(12, "V1", "9")),
                            V1_V2, Frecuencia.TRIMESTRAL, 2023, null));

            assertThat(error.getMessage()).isEqualTo(
                    "Un indicador de frecuencia TRIMESTRAL no mide en el mes 5; sus meses de medición son 3, 6, 9, 12");
        }

        @Test
        void unMensualConLasDoceMetas() {
            List<MetaMensual> doce = IntStream.rangeClosed(1, 12)
                    .mapToObj(mes -> meta(mes, "V1", String.valueOf(mes * 10), "V2", "100")).toList();

            MetasCalendarizadas metas = MetasCalendarizadas.validar(doce, doce, V1_V2, Frecuencia.MENSUAL, 2023, null);

            assertThat(metas.modificadas()).hasSize(12);
            assertThat(metas.metaAnual()).contains(meta(12, "V1", "120", "V2", "100"));
        }

        @Test
        void unTrimestralConMetaSoloEnDiciembreNoTieneSusOtrosTrimestres() {
            DefinicionInvalidaException error = rechazo("metasCalendarizadas.modificadas",
                    () -> MetasCalendarizadas.validar(List.of(), List.of(meta(12, "V1", "9")),
                            V1_V2, Frecuencia.TRIMESTRAL, 2023, null));

            assertThat(error.getMessage()).isEqualTo("Falta la meta modificada del mes 3: un indicador de frecuencia "
                    + "TRIMESTRAL se mide en él; sus meses de medición son 3, 6, 9, 12");
        }

        @Test
        void lasAprobadasSeDanCompletasONoSeDan() {
            List<MetaMensual> completas = metasEn(Frecuencia.SEMESTRAL, 12);

            assertThatCode(() -> MetasCalendarizadas.validar(List.of(), completas, V1_V2, Frecuencia.SEMESTRAL, 2023, null))
                    .doesNotThrowAnyException();
            rechazo("metasCalendarizadas.aprobadas", () -> MetasCalendarizadas.validar(List.of(meta(12, "V1", "9")),
                    completas, V1_V2, Frecuencia.SEMESTRAL, 2023, null));
        }

        @Test
        void sinMetaModificadaEnDiciembreNoHayMetaAnual() {
            DefinicionInvalidaException error = rechazo("metasCalendarizadas.modificadas",
                    () -> MetasCalendarizadas.validar(List.of(), List.of(meta(6, "V1", "9")),
                            V1_V2, Frecuencia.SEMESTRAL, 2023, null));

            assertThat(error.getMessage()).startsWith("Falta la meta modificada del mes 12");
        }

        @Test
        void sinNingunaMetaNoHayMetaAnual() {
            rechazo("metasCalendarizadas.modificadas",
                    () -> MetasCalendarizadas.validar(List.of(), List.of(), V1_V2, Frecuencia.ANUAL, 2023, null));
        }

        @Test
        void unBienalEnElEjercicioQueSeMideLlevaSuMetaDeDiciembre() {
            MetasCalendarizadas metas = MetasCalendarizadas.validar(List.of(meta(12, "V1", "9")),
                    List.of(meta(12, "V1", "9")), V1_V2, Frecuencia.BIENAL, 2024, 2022);

            assertThat(metas.metaAnual()).contains(meta(12, "V1", "9"));
            rechazo("metasCalendarizadas.modificadas", () -> MetasCalendarizadas.validar(List.of(), List.of(),
                    V1_V2, Frecuencia.BIENAL, 2024, 2022));
        }

        @Test
        void unBienalEnElEjercicioQueNoSeMideNoLlevaMetas() {
            MetasCalendarizadas metas = MetasCalendarizadas.validar(List.of(), List.of(), V1_V2, Frecuencia.BIENAL, 2023, 2022);

            assertThat(metas.metaAnual()).isEmpty();
            DefinicionInvalidaException error = rechazo("metasCalendarizadas.modificadas",
                    () -> MetasCalendarizadas.validar(List.of(), List.of(meta(12, "V1", "9")),
                            V1_V2, Frecuencia.BIENAL, 2023, 2022));
            assertThat(error.getMessage()).isEqualTo("Un indicador de frecuencia BIENAL no mide en el mes 12; "
                    + "no se mide en el ejercicio 2023 (línea base 2022, cada 2 años)");
        }

        @Test
        void unPlurianualSinAnioDeLineaBase() {
            rechazo("anioLineaBase", () -> MetasCalendarizadas.validar(List.of(), List.of(meta(12, "V1", "9")),
                    V1_V2, Frecuencia.SEXENAL, 2024, null));
        }

        @Test
        void lasVariablesSeRevisanTambienAlValidar() {
            rechazo("metasCalendarizadas.modificadas", () -> MetasCalendarizadas.validar(List.of(),
                    List.of(meta(12, "V7", "9")), V1_V2, Frecuencia.ANUAL, 2023, null));
        }

        @Test
        void laFrecuenciaEsObligatoria() {
            assertThatNullPointerException().isThrownBy(() -> MetasCalendarizadas.validar(List.of(),
                    List.of(meta(12, "V1", "9")), V1_V2, null, 2023, null));
        }
    }
}
