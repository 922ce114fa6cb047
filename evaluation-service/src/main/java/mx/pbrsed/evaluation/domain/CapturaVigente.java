package mx.pbrsed.evaluation.domain;

/**
 * The captura version in force for a quarter, as far as its result is concerned: which version
 * and workflow state it was computed from, its flags and its justificación de la variación.
 */
public record CapturaVigente(int version, String estado, boolean tardia, boolean preliminar,
                             String justificacionVariacion) {
}
