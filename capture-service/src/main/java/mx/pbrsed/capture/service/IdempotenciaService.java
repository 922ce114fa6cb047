package mx.pbrsed.capture.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.function.Supplier;
import mx.pbrsed.capture.repository.IdempotenciaEntity;
import mx.pbrsed.capture.repository.IdempotenciaRepository;

/**
 * Runs a write once per Idempotency-Key: the key, the body's fingerprint and the answer commit in
 * the write's own transaction, so either both exist or neither does.
 */
@ApplicationScoped
@Transactional
public class IdempotenciaService {
    public static final String CABECERA = "Idempotency-Key";

    /**
     * An answer as it goes to the client: the body already in JSON, so a replay is byte-identical;
     * the Location a path relative to the service (never built from the request's Host).
     */
    public record Respuesta(int estado, String ubicacion, String cuerpo) {
    }

    private final IdempotenciaRepository claves;
    private final ObjectWriter canonico;
    private final ObjectMapper json;

    public IdempotenciaService(IdempotenciaRepository claves, ObjectMapper json) {
        this.claves = claves;
        this.json = json;
        // the same content in another key order is the same request
        this.canonico = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /**
     * @param clave     the header's value (rest/ClaveDeIdempotencia checked it), or null to just run the write
     * @param operacion what the key was used for: the same key on another operation is a conflict
     * @param huella    the request's fingerprint, from one of the {@code huella} methods; asked for only
     *                  when there is a key, so a large batch sent without one is not hashed
     */
    public Respuesta ejecutar(String clave, String operacion, Supplier<String> huella, Supplier<Resultado> escritura) {
        if (clave == null) {
            return responder(escritura.get());
        }
        String firma = huella.get();
        if (!claves.reservar(clave, operacion, firma, OffsetDateTime.now())) {
            IdempotenciaEntity previa = claves.findById(clave);
            if (!previa.operacion.equals(operacion) || !previa.huella.equals(firma)) {
                throw new IdempotenciaConflictoException("La clave " + clave + " ya se usó con otra solicitud ("
                        + previa.operacion + "); una clave nueva para cada solicitud distinta");
            }
            return new Respuesta(previa.estado, previa.ubicacion, previa.cuerpo);
        }
        Respuesta respuesta = responder(escritura.get());
        IdempotenciaEntity registro = claves.findById(clave);
        registro.estado = respuesta.estado();
        registro.ubicacion = respuesta.ubicacion();
        registro.cuerpo = respuesta.cuerpo();
        return respuesta;
    }

    /** What a write produced: its status, the body object and, for a creation, the path where it lives. */
    public record Resultado(int estado, String ubicacion, Object cuerpo) {
    }

    /**
     * The fingerprint of a JSON request by {@code sujeto}: the author is part of what was asked, so
     * the same body from another user is another request. The canonical JSON goes straight into the
     * digest, so a lote of thousands of rows is never held a second time as text.
     */
    public String huella(String sujeto, Object solicitud) {
        MessageDigest sha256 = firmado(sujeto);
        try (OutputStream digerido = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            canonico.writeValue(digerido, solicitud);
        } catch (IOException e) {
            throw new UncheckedIOException("Solicitud no serializable", e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A digest that starts with the subject, its length first, so no subject and body can pass for another pair. */
    private static MessageDigest firmado(String sujeto) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((sujeto.length() + ":" + sujeto + "\n").getBytes(StandardCharsets.UTF_8));
            return sha256;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 no disponible", e);
        }
    }

    private Respuesta responder(Resultado resultado) {
        try {
            return new Respuesta(resultado.estado(), resultado.ubicacion(), json.writeValueAsString(resultado.cuerpo()));
        } catch (IOException e) {
            throw new UncheckedIOException("Respuesta no serializable", e);
        }
    }
}
