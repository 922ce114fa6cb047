package mx.pbrsed.catalog.rest.model;

import mx.pbrsed.catalog.domain.MetaMensual;

/**
 * What the API accepts, one place for the request records, the query parameters and their docs.
 * Sized for a real ficha técnica and MIR, and so that the largest definition the catalog accepts
 * still makes an event far below the broker's message limit.
 */
public final class Limites {
    /** Claves of programas and of the reference catalogues (ramo, UR, unidad de medida): E011, 04, 118, PORCENTAJE. */
    public static final int CLAVE = 10;
    /**
     * Capital letters (also Ñ and accented), digits, '-' and '_': nothing that reads as a path, a space
     * or an escape. Patterns are anchored, so the OpenAPI (where a pattern matches anywhere) says what
     * Bean Validation (which matches the whole value) enforces; they also refuse the empty value.
     */
    public static final String PATRON_CLAVE = "^[A-Z0-9ÁÉÍÓÚÜÑ][A-Z0-9ÁÉÍÓÚÜÑ_-]*$";
    public static final String MENSAJE_CLAVE = "solo mayúsculas, dígitos, '-' y '_', empezando por letra o dígito";
    /** Claves of MIR objectives (FIN, PROPOSITO, C1, C1.A2) and of indicators (FIN-1, C1.A2-3). */
    public static final String PATRON_CLAVE_MIR = "^[A-Za-z0-9][A-Za-z0-9.-]*$";
    public static final String MENSAJE_CLAVE_MIR = "solo letras, dígitos, '.' y '-', empezando por letra o dígito";
    public static final int CLAVE_OBJETIVO = 20;
    public static final int CLAVE_INDICADOR = 30;
    /** Claves of variables, V1 to V999 (a formula names them). */
    public static final String PATRON_VARIABLE = "^V[1-9][0-9]{0,2}$";
    public static final int CLAVE_VARIABLE = 4;
    public static final String MENSAJE_VARIABLE = "debe ser V1, V2, ... (hasta V999)";
    /** Names: programa, indicador, catalogue entries, responsables, authors. */
    public static final int NOMBRE = 500;
    /** Token subjects as the audit fields show them (registradoPor): a user id or an e-mail address. */
    public static final int SUJETO = 255;
    /** A semáforo range as the state's report prints it: "VERDE 95.0% - 115.9%". */
    public static final int RANGO_PUBLICADO = 60;
    /** Free texts: resumen narrativo, descriptions of variables, línea base, medios de verificación, justificación. */
    public static final int TEXTO = 4000;
    /** The indicator's unidad de medida, as its column holds it. */
    public static final int UNIDAD_MEDIDA = 60;

    /** Variables of one ficha, and so values of one month's meta. */
    public static final int VARIABLES = 20;
    /** Ranges of one semáforo (four colours, amber possibly on both sides of the meta). */
    public static final int RANGOS = 10;
    /** Metas of one list: one per month. */
    public static final int METAS = 12;
    /** Budget figures in MXN, as the programa's numeric(18, 2) columns hold them. */
    public static final int PESOS_ENTEROS = 16;
    public static final int PESOS_DECIMALES = 2;
    /** Values of the variables in a meta: the domain's rule ({@link MetaMensual}), capture-service's for captured values. */
    public static final int VALOR_ENTEROS = MetaMensual.MAX_ENTEROS;
    public static final int VALOR_DECIMALES = MetaMensual.MAX_DECIMALES;
    /** Semáforo bounds are avances in percent: from 0, far past any over-achievement. */
    public static final String AVANCE_MAXIMO = "1000000";
    public static final int AVANCE_ENTEROS = 7;
    public static final int AVANCE_DECIMALES = 4;

    /** Dates (vigenteDesde, vigenteEn): any real one, never one a column or a consumer cannot hold. */
    public static final int ANIO_MINIMO = 1900;
    public static final int ANIO_MAXIMO = 2200;
    /** Ejercicios fiscales. */
    public static final int EJERCICIO_MINIMO = 2000;
    public static final int EJERCICIO_MAXIMO = 2100;

    /** Items per page of GET /indicadores, and the last page: page * size stays far inside an int. */
    public static final int TAMANO_PAGINA = 500;
    public static final int PAGINA_MAXIMA = 100_000;

    private Limites() {
    }
}
