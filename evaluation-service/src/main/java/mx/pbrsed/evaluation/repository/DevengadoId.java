package mx.pbrsed.evaluation.repository;

import java.io.Serializable;

/** A program-quarter: the key of the devengados. */
public record DevengadoId(int ejercicio, String programaClave, int trimestre) implements Serializable {
}
