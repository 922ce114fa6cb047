package mx.pbrsed.evaluation.service;

/**
 * An answer would pass the bounds the service builds in memory (service/Acotadas and rest/model/Limites): it is refused
 * instead of built. Real data never reaches them; the message says which bound.
 */
public class RespuestaDemasiadoGrandeException extends RuntimeException {
    public RespuestaDemasiadoGrandeException(String que, int maximo) {
        super("La respuesta pasaría de " + maximo + " " + que + ", el máximo que el servicio arma en una sola respuesta.");
    }
}
