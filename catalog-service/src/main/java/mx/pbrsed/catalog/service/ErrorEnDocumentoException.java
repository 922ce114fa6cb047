package mx.pbrsed.catalog.service;

import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.FormulaInvalidaException;

/**
 * A rejection raised by the single-entity code path (a ficha, an objective) while importing a
 * document; ruta locates that entity in the document (objetivos[0].indicadores[1].), so the problem
 * names the field as the document spells it.
 */
public class ErrorEnDocumentoException extends RuntimeException {
    private final String ruta;

    public ErrorEnDocumentoException(String ruta, DefinicionInvalidaException causa) {
        super(causa.getMessage(), causa);
        this.ruta = ruta;
    }

    public ErrorEnDocumentoException(String ruta, FormulaInvalidaException causa) {
        super(causa.getMessage(), causa);
        this.ruta = ruta;
    }

    public String ruta() {
        return ruta;
    }
}
