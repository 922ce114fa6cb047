package mx.pbrsed.catalog.service;

import java.math.BigDecimal;

/** What may change of a programa once registered. */
public record CambioProgramaCommand(String nombre, BigDecimal presupuestoModificado) {
}
