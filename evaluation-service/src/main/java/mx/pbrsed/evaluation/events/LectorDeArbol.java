package mx.pbrsed.evaluation.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a {@link NodoExpresion} tree without recursion. An event may nest it as deep as the JSON
 * reader admits (1,000 levels), and binding one record per level recursively overflows a
 * consumer thread's 1 MB stack well before that, which no dead-letter strategy catches; here the
 * nodes are built bottom-up on an explicit stack, so a deep tree is only data, refused later by
 * the catalog's grammar bounds (mapping/DefinicionMapper). A number keeps the exact decimal its
 * text wrote; a text goes through the service's strict text reading; an unknown field is skipped,
 * as everywhere in the events.
 */
class LectorDeArbol extends StdDeserializer<NodoExpresion> {

    LectorDeArbol() {
        super(NodoExpresion.class);
    }

    @Override
    public NodoExpresion deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return (NodoExpresion) ctxt.handleUnexpectedToken(NodoExpresion.class, p);
        }
        Deque<Nodo> pendientes = new ArrayDeque<>();
        pendientes.push(new Nodo(null));
        while (true) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.END_OBJECT) {
                Nodo hecho = pendientes.pop();
                if (pendientes.isEmpty()) {
                    return hecho.nodo();
                }
                pendientes.peek().hijo(hecho.campo, hecho.nodo());
                continue;
            }
            String campo = p.currentName();
            JsonToken valor = p.nextToken();
            Nodo actual = pendientes.peek();
            switch (campo) {
                case "izquierda", "derecha", "operando" -> {
                    if (valor == JsonToken.START_OBJECT) {
                        pendientes.push(new Nodo(campo));
                    } else if (valor != JsonToken.VALUE_NULL) {
                        ctxt.reportInputMismatch(NodoExpresion.class, "'%s' debe ser un nodo de la expresión", campo);
                    }
                }
                case "tipo", "clave", "operador" -> actual.texto(campo, valor == JsonToken.VALUE_NULL ? null
                        : ctxt.readValue(p, String.class));
                case "valor" -> {
                    if (valor == JsonToken.VALUE_NUMBER_INT || valor == JsonToken.VALUE_NUMBER_FLOAT) {
                        actual.valor = p.getDecimalValue();
                    } else if (valor != JsonToken.VALUE_NULL) {
                        ctxt.reportInputMismatch(BigDecimal.class, "'valor' debe ser un número JSON");
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    /** A node whose closing brace has not been read yet; campo is the parent's field it fills. */
    private static final class Nodo {
        private final String campo;
        private String tipo;
        private BigDecimal valor;
        private String clave;
        private String operador;
        private NodoExpresion izquierda;
        private NodoExpresion derecha;
        private NodoExpresion operando;

        Nodo(String campo) {
            this.campo = campo;
        }

        void texto(String campo, String texto) {
            switch (campo) {
                case "tipo" -> tipo = texto;
                case "clave" -> clave = texto;
                default -> operador = texto;
            }
        }

        void hijo(String campo, NodoExpresion hijo) {
            switch (campo) {
                case "izquierda" -> izquierda = hijo;
                case "derecha" -> derecha = hijo;
                default -> operando = hijo;
            }
        }

        NodoExpresion nodo() {
            return new NodoExpresion(tipo, valor, clave, operador, izquierda, derecha, operando);
        }
    }
}
