package mx.pbrsed.evaluation.service;

/**
 * Applies every event of the input topics again, from their beginning to their current end,
 * through the live consumers' own code (messaging implements it: the service does not read Kafka).
 */
public interface RepeticionDeEventos {

    Repeticion repetirTodo();

    /** Records read, and those rejected (already dead-lettered when first consumed). */
    record Repeticion(long leidos, long rechazados) {
        public Repeticion mas(Repeticion otra) {
            return new Repeticion(leidos + otra.leidos, rechazados + otra.rechazados);
        }
    }
}
