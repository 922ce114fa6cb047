package mx.pbrsed.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever tree the parser can produce prints (Expresion.texto) to text that parses back to that tree. */
class ExpresionPropiedadesTest {
    private static final Set<String> DECLARADAS = Set.of("V1", "V2", "V3", "V12");

    @Property(tries = 10_000)
    void elTextoCanonicoSeReparseaAlMismoArbol(@ForAll("expresiones") Expresion arbol) {
        String texto = Expresion.texto(arbol);

        Expresion reparseado = ParserFormula.parsear(texto, DECLARADAS);

        assertThat(reparseado).as(texto).isEqualTo(arbol);
        assertThat(Expresion.texto(reparseado)).isEqualTo(texto);
    }

    @Provide
    Arbitrary<Expresion> expresiones() {
        return expresion(5);
    }

    /** Trees as the parser builds them: numbers non-negative and canonical (a minus is a Negacion). */
    private static Arbitrary<Expresion> expresion(int profundidad) {
        Arbitrary<Expresion> numero = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(3)
                .map(valor -> new Numero(Decimales.canonico(valor)));
        Arbitrary<Expresion> variable = Arbitraries.of(DECLARADAS).map(Variable::new);
        if (profundidad == 0) {
            return Arbitraries.oneOf(numero, variable);
        }
        Arbitrary<Expresion> menor = Arbitraries.lazy(() -> expresion(profundidad - 1));
        // the parser refuses a divisor that is a constant zero: divide by a variable or a positive number
        Arbitrary<Expresion> divisor = Arbitraries.oneOf(
                menor.filter(e -> !Expresion.variablesUsadas(e).isEmpty()),
                numero.filter(n -> ((Numero) n).valor().signum() > 0));
        Arbitrary<Expresion> operacion = Arbitraries.of('+', '-', '*', '/')
                .flatMap(operador -> Combinators.combine(menor, operador == '/' ? divisor : menor)
                        .as((izquierda, derecha) -> new Operacion(operador, izquierda, derecha)));
        Arbitrary<Expresion> negacion = menor.map(Negacion::new);
        return Arbitraries.frequencyOf(
                Tuple.of(2, numero), Tuple.of(2, variable),
                Tuple.of(4, operacion), Tuple.of(1, negacion));
    }
}
