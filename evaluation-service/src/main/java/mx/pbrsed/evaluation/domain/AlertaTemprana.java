package mx.pbrsed.evaluation.domain;

/**
 * The projected colour last announced for an indicator-period and what it was computed from
 * (SPEC rule 10: a change of the projected colour is announced, once per change). A period is
 * presumed on track (VERDE) until projected otherwise, so a first projection is announced only
 * when it is at risk.
 */
public record AlertaTemprana(Color semaforoProyectado, Procedencia procedencia) {

    /** What a recomputed projection means to the period's alert. */
    public enum Decision {
        /** Nothing to write: no projection, the same one, or one an older combination of inputs gives (a replay). */
        NINGUNA,
        /** Same colour from newer inputs: keep them, announce nothing. */
        ACTUALIZAR,
        /** Another colour from newer inputs: keep it and announce the change. */
        ANUNCIAR
    }

    /**
     * @param vigente the period's alert, null when it never had a projection
     * @param nuevo   the recomputed projected colour, null when there is no projection
     */
    public static Decision decidir(AlertaTemprana vigente, Color nuevo, Procedencia procedencia) {
        if (nuevo == null) {
            return Decision.NINGUNA;
        }
        if (vigente == null) {
            return nuevo == Color.VERDE ? Decision.ACTUALIZAR : Decision.ANUNCIAR;
        }
        if (!procedencia.alMenosTanNuevaComo(vigente.procedencia())) {
            return Decision.NINGUNA;
        }
        if (nuevo != vigente.semaforoProyectado()) {
            return Decision.ANUNCIAR;
        }
        return procedencia.equals(vigente.procedencia()) ? Decision.NINGUNA : Decision.ACTUALIZAR;
    }
}
