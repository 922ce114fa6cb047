package mx.pbrsed.capture.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An evidence file as uploaded: a plain name with one extension of the allow-list, the type that
 * extension stands for (declared, and among the permitted ones), content within the size limit that
 * starts the way files of that type start, and its SHA-256. So "informe.pdf.exe", "foto.png" holding
 * a PDF or "datos.csv" holding a program are refused, and a browser that downloads a file can only
 * take it for what its name says.
 */
public record ArchivoEvidencia(String nombre, String tipoContenido, byte[] contenido, String sha256) {
    public static final int LARGO_NOMBRE = 255;
    /**
     * Files one indicator-period may hold: a quarter's evidence is a few documents (an acta, a report, a
     * spreadsheet); this bounds the list a read answers, and what one period can take of the database.
     */
    public static final int MAXIMO_POR_PERIODO = 100;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The extensions a file may have, and the type each stands for. */
    public static final Map<String, String> EXTENSIONES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "csv", "text/csv",
            "xlsx", XLSX);
    /** The first bytes of each binary type; an xlsx is a zip. */
    private static final Map<String, byte[]> FIRMAS = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            XLSX, new byte[] {'P', 'K', 3, 4});
    /** Characters no file name takes on some system: paths, wildcards, quotes. */
    private static final String RESERVADOS = "/\\:*?\"<>|";

    /** A name and a type that passed their checks, before the content is read. */
    public record Declarado(String nombre, String tipoContenido) {
        /**
         * @param contenido at most {@code tamanoMaximo + 1} bytes read from the upload: one more than
         *                  the limit is enough to know it is over
         */
        public ArchivoEvidencia recibir(byte[] contenido, long tamanoMaximo) {
            exigirTamano(contenido.length, tamanoMaximo);
            if (contenido.length == 0) {
                throw contenidoAjeno("El archivo está vacío");
            }
            byte[] firma = FIRMAS.get(tipoContenido);
            if (firma != null && (contenido.length < firma.length
                    || !Arrays.equals(Arrays.copyOf(contenido, firma.length), firma))) {
                throw contenidoAjeno("El contenido no es un archivo " + tipoContenido);
            }
            if (firma == null && !esTexto(contenido)) {
                throw contenidoAjeno("El contenido no es texto UTF-8 (" + tipoContenido + ")");
            }
            return new ArchivoEvidencia(nombre, tipoContenido, contenido, sha256(contenido));
        }

        /** A size, read or announced, within the limit. */
        public void exigirTamano(long tamano, long tamanoMaximo) {
            if (tamano > tamanoMaximo) {
                throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.TAMANO, "contenido",
                        "El archivo excede el máximo de " + tamanoMaximo + " bytes");
            }
        }
    }

    /**
     * Checks what the upload declares, before its body is read.
     *
     * @throws EvidenciaRechazadaException NOMBRE for a name that is not a plain file name with one
     *                                     extension, TIPO for a type or extension outside the allow-list or
     *                                     an extension that is not the declared type
     */
    /** @throws EvidenciaRechazadaException CANTIDAD if the period already has {@link #MAXIMO_POR_PERIODO} files */
    public static void exigirCupo(long adjuntas) {
        if (adjuntas >= MAXIMO_POR_PERIODO) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.CANTIDAD, "evidencias",
                    "El periodo ya tiene " + adjuntas + " archivos de evidencia, el máximo");
        }
    }

    public static Declarado declarar(String nombre, String tipoContenido, Set<String> tiposPermitidos) {
        String motivo = motivoNombre(nombre);
        if (motivo != null) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.NOMBRE, "Content-Disposition",
                    "El archivo necesita un nombre de 1 a " + LARGO_NOMBRE + " caracteres, nombre.extensión: " + motivo);
        }
        String tipo = tipoContenido == null ? "" : tipoContenido.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!tiposPermitidos.contains(tipo)) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.TIPO, "Content-Type",
                    "Tipo de archivo no permitido: '" + tipo + "'; se aceptan " + tiposPermitidos);
        }
        String extension = nombre.substring(nombre.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String tipoDeLaExtension = EXTENSIONES.get(extension);
        if (tipoDeLaExtension == null) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.TIPO, "Content-Disposition",
                    "Extensión no permitida: '." + extension + "'; se aceptan " + EXTENSIONES.keySet().stream().sorted().toList());
        }
        if (!tipoDeLaExtension.equals(tipo)) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.TIPO, "Content-Disposition",
                    "Un archivo ." + extension + " es " + tipoDeLaExtension + ", no " + tipo);
        }
        return new Declarado(nombre, tipo);
    }

    /** Why the name is not a plain file name with one extension, or null. */
    private static String motivoNombre(String nombre) {
        if (nombre == null || nombre.isBlank()) {
            return "falta el nombre (Content-Disposition: attachment; filename=\"informe.pdf\")";
        }
        if (nombre.length() > LARGO_NOMBRE) {
            return "el nombre es más largo";
        }
        boolean sinPareja = nombre.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE);
        if (sinPareja || nombre.codePoints().anyMatch(Character::isISOControl)) {
            return "el nombre tiene caracteres de control";
        }
        if (nombre.chars().anyMatch(c -> RESERVADOS.indexOf(c) >= 0)) {
            return "el nombre no lleva rutas ni los caracteres " + RESERVADOS;
        }
        if (nombre.startsWith(".") || nombre.endsWith(".") || nombre.endsWith(" ") || nombre.startsWith(" ")) {
            return "el nombre no empieza ni termina con punto o espacio";
        }
        if (nombre.indexOf('.') < 0 || nombre.indexOf('.') != nombre.lastIndexOf('.')) {
            return "el nombre lleva un solo punto, el de su extensión";
        }
        return null;
    }

    /**
     * UTF-8 text (a byte order mark allowed) with no control character but tab and line breaks,
     * decoded a piece at a time: a file of megabytes is never held a second time as text.
     */
    private static boolean esTexto(byte[] contenido) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(contenido);
        CharBuffer trozo = CharBuffer.allocate(8192);
        CoderResult resultado;
        do {
            resultado = utf8.decode(bytes, trozo, true);
            if (resultado.isError() || !sinControles(trozo.flip())) {
                return false;
            }
            trozo.clear();
        } while (resultado.isOverflow());
        return !utf8.flush(trozo).isError() && sinControles(trozo.flip());
    }

    private static boolean sinControles(CharBuffer texto) {
        return texto.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n');
    }

    private static EvidenciaRechazadaException contenidoAjeno(String mensaje) {
        return new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.CONTENIDO, "contenido", mensaje);
    }

    private static String sha256(byte[] contenido) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 no disponible", e);
        }
    }
}
