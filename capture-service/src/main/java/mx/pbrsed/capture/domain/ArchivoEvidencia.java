package mx.pbrsed.capture.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * An evidence file as uploaded: a name, a declared type among the permitted ones, content within
 * the size limit that starts the way files of that type start, and its SHA-256.
 */
public record ArchivoEvidencia(String nombre, String tipoContenido, byte[] contenido, String sha256) {
    private static final int LARGO_NOMBRE = 255;
    /** The first bytes of each binary type; CSV has none. */
    private static final Map<String, byte[]> FIRMAS = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4});

    /**
     * @param contenido at most {@code tamanoMaximo + 1} bytes read from the upload: one more than
     *                  the limit is enough to know it is over
     */
    public static ArchivoEvidencia recibir(String nombre, String tipoContenido, byte[] contenido,
                                           Set<String> tiposPermitidos, long tamanoMaximo) {
        if (nombre == null || nombre.isBlank() || nombre.length() > LARGO_NOMBRE
                || nombre.contains("/") || nombre.contains("\\")) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.NOMBRE, "Content-Disposition",
                    "El archivo necesita un nombre de 1 a " + LARGO_NOMBRE + " caracteres, sin rutas");
        }
        String tipo = tipoContenido == null ? "" : tipoContenido.split(";")[0].trim().toLowerCase();
        if (!tiposPermitidos.contains(tipo)) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.TIPO, "Content-Type",
                    "Tipo de archivo no permitido: '" + tipo + "'; se aceptan " + tiposPermitidos);
        }
        if (contenido.length > tamanoMaximo) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.TAMANO, "contenido",
                    "El archivo excede el máximo de " + tamanoMaximo + " bytes");
        }
        if (contenido.length == 0) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.CONTENIDO, "contenido", "El archivo está vacío");
        }
        byte[] firma = FIRMAS.get(tipo);
        if (firma != null && (contenido.length < firma.length
                || !Arrays.equals(Arrays.copyOf(contenido, firma.length), firma))) {
            throw new EvidenciaRechazadaException(EvidenciaRechazadaException.Motivo.CONTENIDO, "contenido",
                    "El contenido no es un archivo " + tipo);
        }
        return new ArchivoEvidencia(nombre, tipo, contenido, sha256(contenido));
    }

    private static String sha256(byte[] contenido) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 no disponible", e);
        }
    }
}
