package mx.pbrsed.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string (value or key) that holds a character no field may carry. */
public class TextoNoAdmitidoException extends MismatchedInputException {
    TextoNoAdmitidoException(JsonParser parser, String mensaje) {
        super(parser, mensaje);
    }
}
