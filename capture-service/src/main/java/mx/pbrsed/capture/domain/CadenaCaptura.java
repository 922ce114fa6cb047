package mx.pbrsed.capture.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The hash chain of an indicator-period's captura versions: each version stores the SHA-256 of its
 * canonical content, which includes the previous version's hash, so editing a stored version (or
 * deleting or reordering one) breaks the chain where it happened.
 *
 * <p>The canonical content ({@value #FORMATO}) is UTF-8 text, one {@code name=value} line per field,
 * each ending in {@code \n}, in this order: {@code formato}, {@code id}, {@code indicadorId},
 * {@code ejercicio}, {@code trimestre}, {@code version}, {@code definicionVersion}, {@code estado},
 * {@code revision}, one {@code valor.<mes>.<variable>} line per value (months ascending, variables in
 * code-point order; the value as a plain decimal without exponent or trailing zeros: {@code 9},
 * {@code 71.9}, {@code 0}), {@code analisisLogro}, {@code justificacionVariacion}, {@code preliminar},
 * {@code tardia}, {@code diasRetraso}, {@code capturadoPor}, {@code capturadoEn}, {@code validadoPor},
 * {@code validadoEn}, {@code comentario}, one {@code evidencia.<id>} line per evidence file (by id;
 * its nombre, tipoContenido, tamano, sha256, subidoPor and subidoEn joined by {@code |}) and
 * {@code hashAnterior}. Texts are JSON string literals (quotes, backslash and control characters
 * escaped, everything else as is), absent values {@code null}, instants in UTC with microseconds
 * ({@code 2024-01-10T18:00:00.000000Z}, PostgreSQL's precision) and hashes lowercase hexadecimal.
 *
 * <p>A version changes after it is stored only while it is its period's latest (a review, an evidence
 * file attached): its hash is then recomputed, and no later version links to it yet. A new format
 * gets a new {@link #FORMATO}; stored hashes keep the one they were made with.
 */
public final class CadenaCaptura {
    public static final String FORMATO = "pbrsed-captura/1";
    private static final DateTimeFormatter INSTANTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    /** How the chain broke at a version. */
    public enum Tipo {
        /** The stored content does not give the stored hash: the row was edited after it was sealed. */
        CONTENIDO,
        /** The stored previous hash is not the previous version's: a version was removed, replaced or re-sealed. */
        ENLACE
    }

    /** A version as stored, with the files attached to it and both its hashes. */
    public record Eslabon(VersionCaptura version, List<EvidenciaAdjunta> evidencias, String hashAnterior, String hash) {
    }

    /**
     * The first broken link of one chain.
     *
     * @param esperado   CONTENIDO: the hash of the stored content; ENLACE: the previous version's stored hash (null for a first version)
     * @param almacenado CONTENIDO: the stored hash; ENLACE: the stored previous hash
     */
    public record Ruptura(UUID indicadorId, int ejercicio, int trimestre, int version, Tipo tipo,
                          String esperado, String almacenado) {
    }

    private CadenaCaptura() {
    }

    /** The hash a version stores, lowercase hexadecimal SHA-256 of its {@link #canonico canonical content}. */
    public static String hash(VersionCaptura version, List<EvidenciaAdjunta> evidencias, String hashAnterior) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonico(version, evidencias, hashAnterior).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Toda JVM tiene SHA-256", e);
        }
    }

    public static String canonico(VersionCaptura v, List<EvidenciaAdjunta> evidencias, String hashAnterior) {
        var texto = new StringBuilder(512);
        linea(texto, "formato", FORMATO);
        linea(texto, "id", String.valueOf(v.id()));
        linea(texto, "indicadorId", String.valueOf(v.indicadorId()));
        linea(texto, "ejercicio", Integer.toString(v.ejercicio()));
        linea(texto, "trimestre", Integer.toString(v.trimestre()));
        linea(texto, "version", Integer.toString(v.version()));
        linea(texto, "definicionVersion", Integer.toString(v.definicionVersion()));
        linea(texto, "estado", String.valueOf(v.estado()));
        linea(texto, "revision", Integer.toString(v.revision()));
        List<ValoresMes> meses = v.valores() == null ? List.of() : v.valores().stream()
                .sorted(Comparator.comparingInt(ValoresMes::mes)).toList();
        for (ValoresMes mes : meses) {
            for (Map.Entry<String, BigDecimal> valor : new TreeMap<>(mes.valores()).entrySet()) {
                linea(texto, "valor." + mes.mes() + "." + valor.getKey(), decimal(valor.getValue()));
            }
        }
        linea(texto, "analisisLogro", textoJson(v.analisisLogro()));
        linea(texto, "justificacionVariacion", textoJson(v.justificacionVariacion()));
        linea(texto, "preliminar", Boolean.toString(v.preliminar()));
        linea(texto, "tardia", Boolean.toString(v.tardia()));
        linea(texto, "diasRetraso", Integer.toString(v.diasRetraso()));
        linea(texto, "capturadoPor", textoJson(v.capturadoPor()));
        linea(texto, "capturadoEn", instante(v.capturadoEn()));
        linea(texto, "validadoPor", textoJson(v.validadoPor()));
        linea(texto, "validadoEn", instante(v.validadoEn()));
        linea(texto, "comentario", textoJson(v.comentario()));
        for (EvidenciaAdjunta e : evidencias.stream().sorted(Comparator.comparing(e -> e.id().toString())).toList()) {
            linea(texto, "evidencia." + e.id(), String.join("|", textoJson(e.nombre()), textoJson(e.tipoContenido()),
                    Long.toString(e.tamano()), textoJson(e.sha256()), textoJson(e.subidoPor()), instante(e.subidoEn())));
        }
        linea(texto, "hashAnterior", hashAnterior == null ? "null" : hashAnterior);
        return texto.toString();
    }

    /**
     * Walks chains version by version, in (indicadorId, ejercicio, trimestre, version) order, keeping
     * only the previous hash: the first broken link of each chain is kept, at most {@code maximo}.
     */
    public static final class Verificador {
        private final int maximo;
        private final List<Ruptura> rupturas = new ArrayList<>();
        private UUID indicadorId;
        private int ejercicio;
        private int trimestre;
        private String hashPrevio;
        private boolean rota;
        private int cadenas;
        private long versiones;

        public Verificador(int maximo) {
            this.maximo = maximo;
        }

        public void agregar(Eslabon eslabon) {
            VersionCaptura v = eslabon.version();
            if (!v.indicadorId().equals(indicadorId) || v.ejercicio() != ejercicio || v.trimestre() != trimestre) {
                indicadorId = v.indicadorId();
                ejercicio = v.ejercicio();
                trimestre = v.trimestre();
                hashPrevio = null;
                rota = false;
                cadenas++;
            }
            versiones++;
            if (!rota) {
                Ruptura ruptura = ruptura(eslabon, hashPrevio);
                if (ruptura != null) {
                    rota = true;
                    if (rupturas.size() < maximo) {
                        rupturas.add(ruptura);
                    }
                }
            }
            hashPrevio = eslabon.hash();
        }

        /** The first broken link of each broken chain, in chain order. */
        public List<Ruptura> rupturas() {
            return List.copyOf(rupturas);
        }

        /** Indicator-periods walked. */
        public int cadenas() {
            return cadenas;
        }

        public long versiones() {
            return versiones;
        }
    }

    /** The link checked before the content: a version whose predecessor is gone reports that, not a side effect. */
    private static Ruptura ruptura(Eslabon eslabon, String hashPrevio) {
        VersionCaptura v = eslabon.version();
        if (!Objects.equals(hashPrevio, eslabon.hashAnterior())) {
            return new Ruptura(v.indicadorId(), v.ejercicio(), v.trimestre(), v.version(), Tipo.ENLACE, hashPrevio,
                    eslabon.hashAnterior());
        }
        String esperado = hash(v, eslabon.evidencias(), eslabon.hashAnterior());
        if (!esperado.equals(eslabon.hash())) {
            return new Ruptura(v.indicadorId(), v.ejercicio(), v.trimestre(), v.version(), Tipo.CONTENIDO, esperado,
                    eslabon.hash());
        }
        return null;
    }

    private static void linea(StringBuilder texto, String nombre, String valor) {
        texto.append(nombre).append('=').append(valor).append('\n');
    }

    private static String decimal(BigDecimal valor) {
        return valor == null ? "null" : valor.stripTrailingZeros().toPlainString();
    }

    private static String instante(OffsetDateTime instante) {
        return instante == null ? "null"
                : INSTANTE.format(instante.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    /** A JSON string literal (RFC 8259), escaping only what it must: quotes, backslash, control characters. */
    static String textoJson(String texto) {
        if (texto == null) {
            return "null";
        }
        var json = new StringBuilder(texto.length() + 2).append('"');
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
