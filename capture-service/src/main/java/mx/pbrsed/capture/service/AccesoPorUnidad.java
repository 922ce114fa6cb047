package mx.pbrsed.capture.service;

import mx.pbrsed.capture.domain.Indicador;
import mx.pbrsed.platform.seguridad.Solicitante;

/**
 * Capture's rule on who writes about an indicator: a capturista captures for the unidad responsable
 * its token names, and for no other; a token without one captures for none.
 */
final class AccesoPorUnidad {
    private AccesoPorUnidad() {
    }

    /** @throws UnidadAjenaException if the token names no unidad responsable */
    static void exigirUr(Solicitante solicitante) {
        if (solicitante.ur() == null) {
            throw UnidadAjenaException.sinUr();
        }
    }

    /**
     * @param indicador the replica's indicator, or null when it does not have it (that is not an
     *                  authorization matter: the request is rejected as unknown later)
     * @throws UnidadAjenaException if the indicator belongs to another unidad responsable
     */
    static void exigirUnidadDe(Solicitante solicitante, Indicador indicador) {
        exigirUr(solicitante);
        if (ajeno(solicitante, indicador)) {
            throw UnidadAjenaException.de("indicadorId", motivo(solicitante, indicador));
        }
    }

    static boolean ajeno(Solicitante solicitante, Indicador indicador) {
        return indicador != null && !solicitante.actuaPara(indicador.unidadResponsable());
    }

    static String motivo(Solicitante solicitante, Indicador indicador) {
        return "El indicador " + indicador.id() + " es de la unidad responsable " + indicador.unidadResponsable()
                + "; el token captura para la " + solicitante.ur();
    }
}
