package mx.pbrsed.capture.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's name in Content-Disposition (RFC 6266): read from an upload, written on a download. The
 * header's bytes reach the service as ISO-8859-1, so a name sent as raw UTF-8 (as curl sends it) or
 * as {@code filename*=UTF-8''...} (as browsers do) is read as the text it is.
 */
final class DisposicionDeArchivo {
    private static final Pattern EXTENDIDO = Pattern.compile("(?i)filename\\*\\s*=\\s*UTF-8'[^']*'([^;\\s]*)");
    private static final Pattern SIMPLE = Pattern.compile("(?i)filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");
    /** attr-char of RFC 8187: what goes unescaped in filename*. */
    private static final String SIN_ESCAPE = "!#$&+-.^_`|~";

    private DisposicionDeArchivo() {
    }

    /** The name the header gives, or null if it gives none it can be read as (the upload is then refused for its name). */
    static String nombre(String disposicion) {
        if (disposicion == null) {
            return null;
        }
        Matcher extendido = EXTENDIDO.matcher(disposicion);
        String exacto = extendido.find() ? utf8(porcentajes(extendido.group(1))) : null;
        if (exacto != null) {
            return exacto;
        }
        Matcher simple = SIMPLE.matcher(disposicion);
        if (!simple.find()) {
            return null;
        }
        String nombre = simple.group(1) != null ? simple.group(1).replaceAll("\\\\(.)", "$1") : simple.group(2);
        byte[] bytes = nombre.getBytes(StandardCharsets.ISO_8859_1);
        String comoUtf8 = nombre.chars().allMatch(c -> c <= 0xFF) ? utf8(bytes) : null;
        return comoUtf8 != null ? comoUtf8 : nombre;
    }

    /** attachment, with an ASCII name for old clients and the exact one in filename*: nothing in it can break the header. */
    static String adjunto(String nombre) {
        StringBuilder ascii = new StringBuilder();
        nombre.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder codificado = new StringBuilder();
        for (byte b : nombre.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || SIN_ESCAPE.indexOf(c) >= 0)) {
                codificado.append((char) c);
            } else {
                codificado.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + codificado;
    }

    /** The bytes a %-escaped value stands for; null if it holds anything but visible ASCII or a malformed escape. */
    private static byte[] porcentajes(String valor) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < valor.length(); i++) {
            char c = valor.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return null;
            }
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= valor.length() || Character.digit(valor.charAt(i + 1), 16) < 0
                    || Character.digit(valor.charAt(i + 2), 16) < 0) {
                return null;
            }
            bytes.write(Character.digit(valor.charAt(i + 1), 16) * 16 + Character.digit(valor.charAt(i + 2), 16));
            i += 2;
        }
        return bytes.toByteArray();
    }

    /** Strict UTF-8, or null. */
    private static String utf8(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
