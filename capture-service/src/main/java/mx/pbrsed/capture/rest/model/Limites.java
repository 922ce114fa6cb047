package mx.pbrsed.capture.rest.model;

import mx.pbrsed.capture.domain.ValoresCaptura;
import mx.pbrsed.capture.service.Lote;
import mx.pbrsed.platform.seguridad.Solicitante;

/**
 * What the API accepts, one place for the request records, the parameters, the readers of a lote
 * and their docs. The catalog's limits (its rest/model/Limites) decide what a definition may hold;
 * capture accepts at least as much, so every published indicator can be captured.
 */
public final class Limites {
    /** Free texts: análisis del logro, justificación de la variación, comentario. */
    public static final int TEXTO = 4000;

    /** Ejercicios fiscales. */
    public static final int EJERCICIO_MINIMO = 2000;
    public static final int EJERCICIO_MAXIMO = 2100;

    /** Variables of one indicator, as the catalog allows them: V1 to V999, at most 20 per ficha. */
    public static final int VARIABLES = 20;
    public static final String PATRON_VARIABLE = "V[1-9][0-9]{0,2}";
    public static final String MENSAJE_VARIABLE = "debe ser V1, V2, ... (hasta V999)";

    /** A captured value: the engine's rule (domain ValoresCaptura), never negative. */
    public static final int VALOR_ENTEROS = ValoresCaptura.MAX_ENTEROS;
    public static final int VALOR_DECIMALES = ValoresCaptura.MAX_DECIMALES;

    /** Money in MXN, as devengado's numeric(18, 2) column holds it. */
    public static final int PESOS_ENTEROS = 16;
    public static final int PESOS_DECIMALES = 2;

    /** A programa's clave as the catalog publishes it (E011, K005): capitals, digits, '-' and '_'. */
    public static final int CLAVE_PROGRAMA = 10;
    public static final String PATRON_CLAVE_PROGRAMA = "[A-Z0-9ÁÉÍÓÚÜÑ][A-Z0-9ÁÉÍÓÚÜÑ_-]*";
    public static final String MENSAJE_CLAVE_PROGRAMA = "solo mayúsculas, dígitos, '-' y '_', empezando por letra o dígito";

    /** Calendar dates: any real one, never one a column or the windows' arithmetic cannot hold. */
    public static final int ANIO_MINIMO = 1900;
    public static final int ANIO_MAXIMO = 2200;

    /**
     * Idempotency-Key: visible ASCII (a UUID, or a text such as ipam-2023-t4-fin-1), so the key
     * stored and compared is exactly the one the client sent.
     */
    public static final int CLAVE_IDEMPOTENCIA = 200;
    public static final String PATRON_CLAVE_IDEMPOTENCIA = "[!-~]{1," + CLAVE_IDEMPOTENCIA + "}";

    /** Rows of one lote (why this many: {@link Lote#MAXIMO_FILAS}). */
    public static final int FILAS_LOTE = Lote.MAXIMO_FILAS;
    /**
     * One captura, a JSON body or a row of a lote in JSON or CSV: far above the largest valid one
     * (two texts of {@link #TEXTO} characters, each written as \\uXXXX escapes, and 3 months of
     * {@link #VARIABLES} values), so what one row may take in memory while it is read is bounded.
     * Every other JSON body of the API is smaller.
     */
    public static final int BYTES_CAPTURA = 64 * 1024;
    /**
     * The body of one lote, JSON or CSV: 10,000 rows with texts of a few hundred characters fit
     * (deploy/bench's rows take 550 to 700 bytes). A lote's texts stay in memory until it is stored,
     * up to twice their bytes (Java keeps a text with any character beyond Latin-1 in two bytes per
     * character), so this, with pbr.cargas.simultaneas, bounds what lotes take of the heap.
     */
    public static final int BYTES_LOTE = 8 * 1024 * 1024;
    /**
     * A token's subject, recorded as the author of every write: far more than any identity provider's
     * (Keycloak's are UUIDs); a longer one is refused as an invalid token.
     */
    public static final int SUJETO = Solicitante.LARGO_MAXIMO_SUJETO;
    /** An IANA zone name, America/Mexico_City. */
    public static final int ZONA = 64;
    /** A file name (the evidencia column) and its declared type. */
    public static final int NOMBRE_ARCHIVO = 255;
    public static final int TIPO_ARCHIVO = 100;
    /** A relative Location: /capturas/{uuid}/{ejercicio}/{trimestre}/evidencias/{uuid} is under 100 characters. */
    public static final int UBICACION = 200;

    /** A SHA-256, lowercase hexadecimal: evidence files and the captura chain. */
    public static final String PATRON_HASH = "^[0-9a-f]{64}$";

    /** Problems listed for one refused request; the count says how many there were in all. */
    public static final int ERRORES = Lote.PROBLEMAS_LISTADOS;

    private Limites() {
    }
}
