package mx.pbrsed.platform.seguridad;

/**
 * Who makes a request, as services see it: the token's subject, recorded as the author of every
 * write, and the clave of the unidad responsable it acts for (null when the token names none).
 * Resources build it from the verified token ({@link Solicitantes}); services never see the token.
 */
public record Solicitante(String sujeto, String ur) {
    /** The longest subject a write accepts ({@link SujetoAcotado}): the author columns' size. */
    public static final int LARGO_MAXIMO_SUJETO = 255;

    /** A caller without a unidad responsable acts for none. */
    public boolean actuaPara(String unidadResponsable) {
        return ur != null && ur.equals(unidadResponsable);
    }
}
