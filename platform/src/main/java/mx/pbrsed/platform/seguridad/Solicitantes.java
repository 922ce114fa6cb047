package mx.pbrsed.platform.seguridad;

import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The one place a verified token becomes a {@link Solicitante}; only resources call it. */
public final class Solicitantes {
    /** The claim with the clave of the unidad responsable the caller acts for, e.g. "118". */
    public static final String CLAIM_UR = "ur";

    private Solicitantes() {
    }

    public static Solicitante de(JsonWebToken token) {
        Object ur = token.getClaim(CLAIM_UR);
        String clave = ur instanceof JsonString texto ? texto.getString() : ur == null ? null : ur.toString();
        return new Solicitante(token.getSubject(), clave == null || clave.isBlank() ? null : clave);
    }
}
