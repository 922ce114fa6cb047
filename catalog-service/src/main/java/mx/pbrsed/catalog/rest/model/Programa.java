package mx.pbrsed.catalog.rest.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public record Programa(
        UUID id,
        int version,
        int ejercicio,
        ClaveNombre ramo,
        ClaveNombre unidadResponsable,
        String clave,
        String nombre,
        BigDecimal presupuestoAprobado,
        BigDecimal presupuestoModificado,
        List<Objetivo> objetivos) {
}
