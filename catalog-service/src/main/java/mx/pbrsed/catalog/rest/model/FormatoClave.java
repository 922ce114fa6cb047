package mx.pbrsed.catalog.rest.model;

/** The shape of the natural keys of objectives and indicators (FIN, C1.A2, PROPOSITO-1). */
final class FormatoClave {
    static final String PATRON = "[A-Za-z0-9][A-Za-z0-9.-]*";
    static final String MENSAJE = "solo letras, dígitos, '.' y '-', empezando por letra o dígito";

    private FormatoClave() {
    }
}
