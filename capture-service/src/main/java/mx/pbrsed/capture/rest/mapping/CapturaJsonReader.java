package mx.pbrsed.capture.rest.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.service.LoteIlegibleException;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;
import mx.pbrsed.capture.service.LoteRechazadoException;

/**
 * Reads a batch in JSON, a list of capturas as POST /capturas takes each, as a stream: one row is
 * parsed and checked before the next is read, with the service's strict JSON rules, so a row past
 * {@link Limites#FILAS_LOTE}, a row longer than {@link Limites#BYTES_CAPTURA} or a body past
 * {@link Limites#BYTES_LOTE} stops the reading at once, and memory never holds more than the valid rows.
 */
@ApplicationScoped
public class CapturaJsonReader {
    private final ObjectMapper json;
    private final ObjectReader fila;

    public CapturaJsonReader(ObjectMapper json) {
        this.json = json;
        // each row is read alone from the lote's parser: what follows a row is the next one, not trailing content
        this.fila = json.readerFor(CapturaRequest.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * @throws IOException                  a JSON error (a 400 naming the field, as for POST /capturas: [2].trimestre)
     * @throws LoteRechazadoException       if the body is empty
     * @throws LoteIlegibleException       DEMASIADO_GRANDE at the first row past the limits
     */
    public void leer(InputStream cuerpo, LoteLeido lote) throws IOException {
        var entrada = new EntradaAcotada(cuerpo, Limites.BYTES_LOTE, Limites.BYTES_CAPTURA);
        try (JsonParser parser = json.createParser(entrada)) {
            JsonToken inicio = parser.nextToken();
            if (inicio == null) {
                throw new LoteRechazadoException(List.of(new FilaRechazada(0, "filas", "Falta el lote")));
            }
            if (inicio != JsonToken.START_ARRAY) {
                throw MismatchedInputException.from(parser, List.class, "se espera una lista JSON de capturas");
            }
            entrada.nuevoTramo();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int indice = lote.siguiente() - 1;
                try {
                    lote.agregar(fila.readValue(parser), List.of());
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, List.class, indice);
                }
                entrada.nuevoTramo();
            }
            if (parser.nextToken() != null) {
                throw MismatchedInputException.from(parser, List.class, "contenido después de la lista de capturas");
            }
        } catch (EntradaAcotada.LimiteExcedidoException e) {
            throw lote.demasiadoGrande(entrada.excedioElTotal());
        }
    }
}
