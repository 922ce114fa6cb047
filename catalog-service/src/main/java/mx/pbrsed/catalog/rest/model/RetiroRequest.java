package mx.pbrsed.catalog.rest.model;

import java.time.LocalDate;

/** Retires an indicator from vigenteDesde (today, in Mexico City, when omitted: send {}). */
public record RetiroRequest(@FechaAdmitida LocalDate vigenteDesde) {
}
