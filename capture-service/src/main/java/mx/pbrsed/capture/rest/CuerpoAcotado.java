package mx.pbrsed.capture.rest;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import mx.pbrsed.capture.rest.mapping.EntradaAcotada;
import mx.pbrsed.capture.rest.model.Limites;

/**
 * Every JSON body read into a request record is at most {@link Limites#BYTES_CAPTURA}, the largest
 * captura with room to spare: the service's body limit is sized for lotes and evidence files, and a
 * body of that size read as one object (a valores map of a million entries) would take many times
 * its size in the heap. The body is cut where it passes the limit, while it is read, whether or not
 * it announced its length. Lotes and evidence files read their own body, with their own limits.
 */
@Provider
public class CuerpoAcotado implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext contexto) throws IOException {
        if (InputStream.class.equals(contexto.getType())) {
            return contexto.proceed();
        }
        contexto.setInputStream(new EntradaAcotada(contexto.getInputStream(), Limites.BYTES_CAPTURA, Limites.BYTES_CAPTURA));
        try {
            return contexto.proceed();
        } catch (EntradaAcotada.LimiteExcedidoException e) {
            throw new CuerpoDemasiadoGrandeException("El cuerpo JSON pasa del máximo de " + Limites.BYTES_CAPTURA + " bytes");
        }
    }
}
