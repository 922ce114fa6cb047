package mx.pbrsed.platform.pruebas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an outside tester throws at every field: each hostile value as the raw JSON text that
 * replaces a field's value in an otherwise valid body, by the field's kind. The service tests walk
 * each write endpoint's valid example, put every hostile value of the field's kind in its place, and
 * expect a 4xx problem with nothing stored ({@link ProblemaSeguro}).
 */
public final class Hostiles {
    private Hostiles() {
    }

    /** A text of {@code n} characters, as a JSON string. */
    public static String textoDe(int n) {
        return "\"" + "x".repeat(n) + "\"";
    }

    /** Values no text field may take: control characters, broken Unicode, wrong types, sizes. */
    public static Map<String, String> paraTexto(int maximo) {
        Map<String, String> casos = new LinkedHashMap<>();
        casos.put("NUL", "\"a\\u0000b\"");
        casos.put("sustituto sin pareja", "\"a\\ud800b\"");
        casos.put("sustituto bajo suelto", "\"\\udc00\"");
        casos.put("uno más que el máximo", textoDe(maximo + 1));
        casos.put("un megabyte", textoDe(1 << 20));
        casos.put("número", "12");
        casos.put("booleano", "true");
        casos.put("objeto", "{\"a\":1}");
        casos.put("arreglo", "[\"a\"]");
        return casos;
    }

    /** Values no integer field (año, trimestre, mes, página) may take. */
    public static Map<String, String> paraEntero() {
        Map<String, String> casos = new LinkedHashMap<>();
        casos.put("decimal", "1.5");
        casos.put("texto", "\"2023\"");
        casos.put("desborda int", "2147483648");
        casos.put("enorme", "1" + "0".repeat(40));
        casos.put("exponente", "1e309");
        casos.put("negativo enorme", "-9223372036854775809");
        casos.put("booleano", "true");
        casos.put("NaN", "NaN");
        return casos;
    }

    /** Values no decimal quantity (valor, meta, importe) may take. */
    public static Map<String, String> paraDecimal() {
        Map<String, String> casos = new LinkedHashMap<>();
        casos.put("texto", "\"9\"");
        casos.put("NaN", "NaN");
        casos.put("Infinity", "Infinity");
        casos.put("exponente enorme", "1e309");
        casos.put("cuarenta dígitos", "1" + "0".repeat(39));
        casos.put("once decimales", "0.12345678901");
        casos.put("booleano", "false");
        return casos;
    }

    /** Values no date field may take. */
    public static Map<String, String> paraFecha() {
        Map<String, String> casos = new LinkedHashMap<>();
        casos.put("año máximo", "\"+999999999-12-31\"");
        casos.put("año mínimo", "\"-999999999-01-01\"");
        casos.put("mes 13", "\"2023-13-01\"");
        casos.put("número", "20230101");
        casos.put("texto libre", "\"mañana\"");
        return casos;
    }

    /** Values no list field may take: each is a list far past any sane maximum, or not a list. */
    public static Map<String, String> paraLista(String elementoValido, int maximo) {
        Map<String, String> casos = new LinkedHashMap<>();
        List<String> muchos = new ArrayList<>();
        for (int i = 0; i <= maximo; i++) {
            muchos.add(elementoValido);
        }
        casos.put("uno más que el máximo", "[" + String.join(",", muchos) + "]");
        casos.put("objeto", "{}");
        casos.put("texto", "\"[]\"");
        return casos;
    }

    /**
     * Whole bodies that are not one JSON document of the expected shape, built from a valid body
     * whose first field is {@code primerCampo}.
     */
    public static Map<String, String> cuerposMalFormados(String cuerpoValido, String primerCampo) {
        Map<String, String> casos = new LinkedHashMap<>();
        String sinLlave = cuerpoValido.substring(cuerpoValido.indexOf('{') + 1);
        casos.put("clave repetida", "{\"" + primerCampo + "\":" + valorDe(cuerpoValido, primerCampo) + "," + sinLlave);
        casos.put("campo desconocido", "{\"campoQueNoExiste\":1," + sinLlave);
        casos.put("contenido al final", cuerpoValido + " {}");
        casos.put("cortado", cuerpoValido.substring(0, cuerpoValido.length() / 2));
        casos.put("vacío", "");
        casos.put("null", "null");
        casos.put("arreglo", "[" + cuerpoValido + "]");
        casos.put("anidado profundo", "[".repeat(5000) + "]".repeat(5000));
        casos.put("comentario", "/* hola */" + cuerpoValido);
        return casos;
    }

    /** The text of the first value of {@code campo} in a flat JSON body (a number, a string or a literal). */
    private static String valorDe(String cuerpo, String campo) {
        int inicio = cuerpo.indexOf("\"" + campo + "\"");
        int dosPuntos = cuerpo.indexOf(':', inicio) + 1;
        int fin = dosPuntos;
        boolean enTexto = false;
        int profundidad = 0;
        for (; fin < cuerpo.length(); fin++) {
            char c = cuerpo.charAt(fin);
            if (c == '"' && cuerpo.charAt(fin - 1) != '\\') {
                enTexto = !enTexto;
            } else if (!enTexto && (c == '{' || c == '[')) {
                profundidad++;
            } else if (!enTexto && (c == '}' || c == ']')) {
                if (profundidad-- == 0) {
                    break;
                }
            } else if (!enTexto && profundidad == 0 && c == ',') {
                break;
            }
        }
        return cuerpo.substring(dosPuntos, fin).trim();
    }

    /** Path and query values an outside tester sends to every read. */
    public static Map<String, String> paraParametro() {
        Map<String, String> casos = new LinkedHashMap<>();
        casos.put("NUL escapado", "a%00b");
        casos.put("escape mal formado", "a%zzb");
        casos.put("comilla", "a'b");
        casos.put("espacio", "a%20b");
        casos.put("menor que", "%3Cscript%3E");
        casos.put("muy largo", "x".repeat(3000));
        casos.put("desborda int", "2147483648");
        casos.put("negativo", "-1");
        casos.put("decimal", "1.5");
        return casos;
    }
}
