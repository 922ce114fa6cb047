package mx.pbrsed.catalog.domain;

import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A método de cálculo whose formula has the shape its family demands. Built through
 * {@link #de}, expresionTexto is the canonical rendering of arbol ({@link Expresion#texto}).
 */
public record MetodoCalculo(FamiliaMetodo familia, String expresionTexto, Expresion arbol) {

    public static final String CAMPO_EXPRESION = "metodoCalculo.expresion";

    public MetodoCalculo {
        Objects.requireNonNull(familia, "familia");
        Objects.requireNonNull(expresionTexto, "expresionTexto");
        Objects.requireNonNull(arbol, "arbol");
        if (!familia.admite(arbol)) {
            throw new DefinicionInvalidaException(CAMPO_EXPRESION, "El método " + familia
                    + " espera la forma " + familia.forma() + " y la fórmula es " + Expresion.texto(arbol));
        }
    }

    /**
     * Parses (a syntax error surfaces as {@link FormulaInvalidaException}, with its position),
     * checks the family's shape and that every declared variable is used: a declared variable the
     * formula ignores would be captured for nothing.
     */
    public static MetodoCalculo de(FamiliaMetodo familia, String texto, Set<String> variablesDeclaradas) {
        Objects.requireNonNull(familia, "familia");
        Expresion arbol = ParserFormula.parsear(texto, variablesDeclaradas);
        MetodoCalculo metodo = new MetodoCalculo(familia, Expresion.texto(arbol), arbol);
        // Length first so V2 is listed before V10.
        Set<String> sinUsar = new TreeSet<>(
                Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        sinUsar.addAll(variablesDeclaradas);
        sinUsar.removeAll(Expresion.variablesUsadas(arbol));
        if (!sinUsar.isEmpty()) {
            throw new DefinicionInvalidaException(CAMPO_EXPRESION, sinUsar.size() == 1
                    ? "La variable declarada " + sinUsar.iterator().next() + " no se usa en la fórmula"
                    : "Las variables declaradas " + String.join(", ", sinUsar) + " no se usan en la fórmula");
        }
        return metodo;
    }
}
