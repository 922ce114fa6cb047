package mx.pbrsed.evaluation.rest.model;

import mx.pbrsed.evaluation.service.Acotadas;

/**
 * What the API accepts and what its answers may hold, one place for the parameters, the models,
 * the readers of the catalog's events and their docs. The catalog's limits (catalog-service
 * rest/model/Limites) decide what a definition or a programa may hold; evaluation reads at least
 * as much, so every published definition is evaluated, and its answers are bounded by them.
 */
public final class Limites {
    /** Ejercicios fiscales. */
    public static final int EJERCICIO_MINIMO = 2000;
    public static final int EJERCICIO_MAXIMO = 2100;

    /** Claves of programas, ramos and unidades responsables as the catalog takes them: E011, 04, 118. */
    public static final int CLAVE = 10;
    public static final String PATRON_CLAVE = "^[A-Z0-9ÁÉÍÓÚÜÑ][A-Z0-9ÁÉÍÓÚÜÑ_-]*$";
    public static final String MENSAJE_CLAVE = "solo mayúsculas, dígitos, '-' y '_', empezando por letra o dígito";

    /** Names of programas, indicadores, ramos and URs, as the catalog takes them. */
    public static final int NOMBRE = 500;
    /** The indicator's unidad de medida, as the catalog takes it. */
    public static final int UNIDAD_MEDIDA = 60;
    /** Free texts: descriptions of variables, justificación de la variación. */
    public static final int TEXTO = 4000;
    /** A token's subject (solicitadoPor): no longer than the Authorization header that carries it (20K, Quarkus's default). */
    public static final int SUJETO = 20 * 1024;

    /**
     * conocidoEn: an ISO-8601 date-time with offset, nanoseconds included
     * (2024-01-15T10:00:00.123456789-06:00 is 35 characters), within {@link #ANIO_MINIMO}..{@link #ANIO_MAXIMO}.
     */
    public static final int INSTANTE = 35;
    /** Dates and instants: any real one, never one a column cannot hold. */
    public static final int ANIO_MINIMO = 1900;
    public static final int ANIO_MAXIMO = 2200;

    /** Indicators one answer covers and programs one summary adds up: the service's bounds ({@link Acotadas}). */
    public static final int INDICADORES_POR_CONSULTA = Acotadas.INDICADORES_POR_CONSULTA;
    public static final int PROGRAMAS_POR_CONSULTA = Acotadas.PROGRAMAS_POR_CONSULTA;
    /** Characters of the CSV export or the printable report; past it the service refuses instead of building more. */
    public static final int CARACTERES_DOCUMENTO = 32 * 1024 * 1024;
    /**
     * Characters of the report's HTML the service lays out as a PDF (about 500 fichas with the seed's
     * texts; a program has tens), and bytes of the PDF it answers: layout costs far more than
     * writing the HTML, so its bound is tighter.
     */
    public static final int CARACTERES_PDF = 8 * 1024 * 1024;
    public static final int BYTES_PDF = 64 * 1024 * 1024;

    /** Items per page of a paged read (the indicators at risk), and its last page: page * size stays inside an int. */
    public static final int TAMANO_PAGINA = 500;
    public static final int PAGINA_MAXIMA = 100_000;

    /** A trace: a formula of at most 1,000 characters with the values substituted, and its result. */
    public static final int TRAZA = 100_000;

    private Limites() {
    }
}
