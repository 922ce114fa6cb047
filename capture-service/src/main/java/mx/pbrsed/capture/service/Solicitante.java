package mx.pbrsed.capture.service;

import mx.pbrsed.capture.repository.IndicadorEntity;

/**
 * Who makes a request, from the verified token: the subject, recorded as the author of every
 * write, and the unidad responsable a capturista captures for (null when the token names none).
 */
public record Solicitante(String sujeto, String ur) {

    /** A token without ur captures for no unidad responsable. */
    public boolean capturaPara(String unidadResponsable) {
        return ur != null && ur.equals(unidadResponsable);
    }

    /** @throws UnidadAjenaException if the token names no unidad responsable */
    public void exigirUr() {
        if (ur == null) {
            throw UnidadAjenaException.sinUr();
        }
    }

    /**
     * @param indicador the replica's indicator, or null when it does not have it (that is not an
     *                  authorization matter: the request is rejected as unknown later)
     * @throws UnidadAjenaException if the indicator belongs to another unidad responsable
     */
    public void exigirUnidadDe(IndicadorEntity indicador) {
        exigirUr();
        if (indicador != null && !capturaPara(indicador.unidadResponsable)) {
            throw UnidadAjenaException.de("indicadorId", ajeno(indicador));
        }
    }

    String ajeno(IndicadorEntity indicador) {
        return "El indicador " + indicador.id + " es de la unidad responsable " + indicador.unidadResponsable
                + "; el token captura para la " + ur;
    }
}
