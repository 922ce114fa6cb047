package mx.pbrsed.capture.rest;

import jakarta.json.JsonString;
import mx.pbrsed.capture.service.Solicitante;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of a request, as the services see it, from its verified token. */
final class Solicitantes {
    /** The claim with the clave of the unidad responsable a capturista captures for, e.g. "118". */
    static final String CLAIM_UR = "ur";

    private Solicitantes() {
    }

    static Solicitante de(JsonWebToken token) {
        Object ur = token.getClaim(CLAIM_UR);
        String clave = ur instanceof JsonString texto ? texto.getString() : ur == null ? null : ur.toString();
        return new Solicitante(token.getSubject(), clave == null || clave.isBlank() ? null : clave);
    }
}
