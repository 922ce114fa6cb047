package mx.pbrsed.evaluation.domain;

/**
 * What a recomputed result is to the one held: the same (nothing to write), a change kept in the
 * history only (the captura's workflow state, the versions, a trace: same figures), or a change of
 * the figures (estado, logro, meta programada, avance or semáforo), which is also announced.
 */
public enum Cambio {
    NINGUNO,
    SOLO_HISTORIAL,
    ANUNCIADO;

    /** {@code anterior} is null for a period without a result yet: its first one is announced. */
    public static Cambio entre(ValorResultado anterior, ValorResultado nuevo) {
        if (nuevo.equivalente(anterior)) {
            return NINGUNO;
        }
        return nuevo.mismasCifras(anterior) ? SOLO_HISTORIAL : ANUNCIADO;
    }
}
