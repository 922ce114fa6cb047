package mx.pbrsed.capture.rest;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.json.JsonString;
import mx.pbrsed.capture.rest.model.Limites;
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
        return new Solicitante(sujeto(token), clave == null || clave.isBlank() ? null : clave);
    }

    /**
     * The author of a write, as the API describes it: at most {@link Limites#SUJETO} characters.
     *
     * @throws AuthenticationFailedException (401) for a token whose subject is longer
     */
    static String sujeto(JsonWebToken token) {
        String sujeto = token.getSubject();
        if (sujeto != null && sujeto.length() > Limites.SUJETO) {
            throw new AuthenticationFailedException("sujeto de más de " + Limites.SUJETO + " caracteres");
        }
        return sujeto;
    }
}
