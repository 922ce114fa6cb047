package mx.pbrsed.evaluation.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mx.pbrsed.evaluation.domain.CapturaTrimestral;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.domain.MotorEvaluacion;
import mx.pbrsed.evaluation.domain.Resultado;
import mx.pbrsed.evaluation.events.IndicadorPublicadoEvent;
import mx.pbrsed.platform.json.JsonEstricto;
import org.junit.jupiter.api.Test;

/**
 * Whatever formula the catalog's grammar admits (at most 1,000 characters, a tree of at most 32
 * levels) is read from the event, as its text and as its JSON tree, and evaluated; one past those
 * bounds is refused when read, never evaluated, and never overflows the stack.
 */
class DefinicionMapperTest {
    private static final ObjectMapper JSON = estricto();
    private static final String V1 = "{\"tipo\":\"VARIABLE\",\"clave\":\"V1\"}";

    @Test
    void unArbolDeTreintaYDosNivelesDeNegacionesSeLeeYSeEvalua() throws Exception {
        // V1 is level 1, each minus one more: 31 minus signs are the 32 levels the catalog admits
        var definicion = leer("-".repeat(31) + "V1", negaciones(31));

        Resultado q4 = evaluarConV1(definicion, 32822);

        assertThat(q4.logro()).isEqualByComparingTo("-32822");
        assertThat(q4.trazaLogro()).startsWith("-(-(-(").endsWith("32822" + ")".repeat(30) + " = -32822");
    }

    @Test
    void unArbolDeTreintaYDosNivelesDeParentesisSeLeeYSeEvalua() throws Exception {
        // V1+(V1+(...(V1+V1)...)): 31 additions nested to the right, their leaves at level 32
        String arbol = "{\"tipo\":\"OPERACION\",\"operador\":\"+\",\"izquierda\":" + V1 + ",\"derecha\":" + V1 + "}";
        for (int i = 0; i < 30; i++) {
            arbol = "{\"tipo\":\"OPERACION\",\"operador\":\"+\",\"izquierda\":" + V1 + ",\"derecha\":" + arbol + "}";
        }
        var definicion = leer("V1+(".repeat(30) + "V1+V1" + ")".repeat(30), arbol);

        assertThat(evaluarConV1(definicion, 10).logro()).isEqualByComparingTo("320");
    }

    @Test
    void unaCadenaDeSumasCuentaUnNivelPorOperacionComoEnElCatalogo() throws Exception {
        assertThat(evaluarConV1(leer(sumas(31), cadena(31)), 2).logro()).isEqualByComparingTo("64");
        assertThatThrownBy(() -> leer(sumas(32), cadena(32))).isInstanceOf(FormulaNoAdmitidaException.class);
    }

    @Test
    void treintaYTresNivelesSeRechazan() {
        assertThatThrownBy(() -> leer("-".repeat(32) + "V1", negaciones(32)))
                .isInstanceOf(FormulaNoAdmitidaException.class)
                .hasMessageContaining("más de 32 niveles");
    }

    @Test
    void novecientasNoventaYOchoNegacionesSeRechazanSinDesbordarLaPila() {
        // As the catalog once published it: deeper than the JSON reader admits at all.
        assertThatThrownBy(() -> leer("-".repeat(998) + "V1", negaciones(998)))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("nesting depth");
        // Just inside what the JSON reader admits: read without recursion, refused at level 33.
        assertThatThrownBy(() -> leer("-".repeat(990) + "V1", negaciones(990)))
                .isInstanceOf(FormulaNoAdmitidaException.class);
    }

    @Test
    void unaFormulaDeMasDeMilCaracteresSeRechaza() {
        String texto = "V1" + "+0".repeat(500);
        assertThat(texto).hasSize(1002);
        assertThatThrownBy(() -> leer(texto, V1))
                .isInstanceOf(FormulaNoAdmitidaException.class)
                .hasMessageContaining("1000 caracteres");
    }

    @Test
    void unNumeroDelArbolConservaElDecimalQueSuTextoEscribio() throws Exception {
        var definicion = leer("V1*0.1", "{\"tipo\":\"OPERACION\",\"operador\":\"*\",\"izquierda\":" + V1
                + ",\"derecha\":{\"tipo\":\"NUMERO\",\"valor\":0.1}}");

        assertThat(evaluarConV1(definicion, 3).trazaLogro()).isEqualTo("3 * 0.1 = 0.3");
    }

    @Test
    void unValorDeTipoEquivocadoEnElArbolEsJsonInvalido() {
        assertThatThrownBy(() -> leer("0.1", "{\"tipo\":\"NUMERO\",\"valor\":\"0.1\"}"))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> leer("V1", "{\"tipo\":\"VARIABLE\",\"clave\":\"V\\u0000\"}"))
                .hasMessageContaining("NUL")
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> leer("-V1", "{\"tipo\":\"NEGACION\",\"operando\":[]}"))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void unNodoDesconocidoOVacioSeRechaza() {
        assertThatThrownBy(() -> leer("V1", "{\"tipo\":\"POTENCIA\"}")).isInstanceOf(FormulaNoAdmitidaException.class);
        assertThatThrownBy(() -> leer("-V1", "{\"tipo\":\"NEGACION\"}")).isInstanceOf(FormulaNoAdmitidaException.class);
        assertThatThrownBy(() -> leer("V1^V1", "{\"tipo\":\"OPERACION\",\"operador\":\"^\",\"izquierda\":" + V1
                + ",\"derecha\":" + V1 + "}")).isInstanceOf(FormulaNoAdmitidaException.class);
    }

    @Test
    void unBienalSeEvaluaSoloEnLosEjerciciosQueMideDesdeSuLineaBase() throws Exception {
        // línea base 2022: 2023 has nothing due, even with a stray captura; 2024 is measured in Q4
        var en2023 = leer("V1", V1, "BIENAL", 2023, 2022);
        var en2024 = leer("V1", V1, "BIENAL", 2024, 2022);
        var motor = new MotorEvaluacion();
        var capturas = List.of(CapturaTrimestral.delTrimestre(4, Map.of("V1", BigDecimal.valueOf(45649))));

        assertThat(motor.evaluarEjercicio(en2023, capturas)).extracting(Resultado::estado)
                .containsOnly(EstadoResultado.NO_PROGRAMADO);
        assertThat(motor.evaluarEjercicio(en2024, capturas)).extracting(Resultado::estado).containsExactly(
                EstadoResultado.NO_PROGRAMADO, EstadoResultado.NO_PROGRAMADO, EstadoResultado.NO_PROGRAMADO,
                EstadoResultado.CALCULADO);
        assertThat(evaluarConV1(en2024, 45649).avancePorcentaje()).isEqualByComparingTo("100.00");
    }

    @Test
    void unCuatrimestralNoTieneNadaProgramadoEnElPrimerTrimestre() throws Exception {
        var cuatrimestral = leer("V1", V1, "CUATRIMESTRAL", 2023, null);

        assertThat(new MotorEvaluacion().evaluar(cuatrimestral,
                List.of(CapturaTrimestral.delTrimestre(1, Map.of("V1", BigDecimal.ONE))), 1).estado())
                .isEqualTo(EstadoResultado.NO_PROGRAMADO);
    }

    /** V1+V1+...+V1 as the catalog parses it: left-associative, one level per addition. */
    private static String sumas(int cuantas) {
        return "V1" + "+V1".repeat(cuantas);
    }

    private static String cadena(int cuantas) {
        return "{\"tipo\":\"OPERACION\",\"operador\":\"+\",\"izquierda\":".repeat(cuantas) + V1
                + (",\"derecha\":" + V1 + "}").repeat(cuantas);
    }

    private static String negaciones(int cuantas) {
        return "{\"tipo\":\"NEGACION\",\"operando\":".repeat(cuantas) + V1 + "}".repeat(cuantas);
    }

    /** The catalog's event of the seed's FIN indicator (ANUAL, meta V1 = 45649), with this formula. */
    private static DefinicionIndicador leer(String expresion, String arbol) throws JsonProcessingException {
        return leer(expresion, arbol, "ANUAL", 2023, null);
    }

    /** The same event with another frecuencia, ejercicio and año de la línea base. */
    private static DefinicionIndicador leer(String expresion, String arbol, String frecuencia, int ejercicio,
                                            Integer anioLineaBase) throws JsonProcessingException {
        String evento = """
                {"schemaVersion":1,"eventId":"6d1f0f7e-4c55-4a43-9a39-2f1f5cf1b0a1",
                 "indicadorId":"3f2b6c1e-8d4a-4e0b-9c71-5a9e2d7f4b10","version":1,"estado":"PUBLICADO",
                 "programa":{"ejercicio":%d,"clave":"E011"},"nivel":"FIN","nombre":"Matrículas",
                 "tipo":"ESTRATEGICO","dimension":"EFICACIA","comportamiento":"ASCENDENTE","formulaDescendente":null,
                 "frecuencia":"%s","unidadMedida":"Matrícula","anioLineaBase":%s,
                 "metodoCalculo":{"familia":"DATO_ABSOLUTO","expresion":%s,"arbol":%s},
                 "variables":[{"clave":"V1","descripcion":"Matrículas expedidas","tipo":"ACTUALIZABLE"}],
                 "metasModificadas":[{"mes":12,"valores":{"V1":45649}}],
                 "parametrosSemaforo":[{"desde":0,"hasta":70,"color":"ROJO"},{"desde":70,"hasta":95,"color":"AMARILLO"},
                   {"desde":95,"hasta":116,"color":"VERDE"},{"desde":116,"hasta":null,"color":"EXCEDIDO"}]}
                """.formatted(ejercicio, frecuencia, anioLineaBase, JSON.writeValueAsString(expresion), arbol);
        return DefinicionMapper.aDominio(JSON.readValue(evento, IndicadorPublicadoEvent.class));
    }

    private static Resultado evaluarConV1(DefinicionIndicador definicion, long v1) {
        return new MotorEvaluacion().evaluar(definicion,
                List.of(CapturaTrimestral.delTrimestre(4, Map.of("V1", BigDecimal.valueOf(v1)))), 4);
    }

    /** As the service reads: JsonEstricto customizes the mapper Quarkus injects. */
    private static ObjectMapper estricto() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new JsonEstricto().customize(mapper);
        return mapper;
    }
}
