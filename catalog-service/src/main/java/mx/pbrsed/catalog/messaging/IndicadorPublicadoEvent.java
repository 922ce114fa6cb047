package mx.pbrsed.catalog.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.catalog.repository.Ficha;
import mx.pbrsed.catalog.repository.IndicadorEntity;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.platform.outbox.EventoDeDominio;

/**
 * Schema version 1 of a published indicator definition (topic "indicadores", key indicadorId).
 * Every change publishes the whole definition with a higher version, so a consumer keeps the
 * highest version it has seen and ignores older ones. vigenteDesde is the date this version takes
 * effect (results of earlier periods were computed with the version then in force); estado
 * RETIRADO is the last version of a retired or deleted indicator. anioLineaBase (null when not
 * given) is what a multi-year frecuencia counts its ejercicios from. The MIR objective's texts, the
 * medios de verificación and the metas aprobadas came later, added to version 1 (a consumer that
 * does not know them ignores them): the printed report shows them.
 */
public record IndicadorPublicadoEvent(
        int schemaVersion,
        UUID eventId,
        OffsetDateTime occurredAt,
        UUID indicadorId,
        int version,
        String estado,
        LocalDate vigenteDesde,
        ProgramaRef programa,
        String nivel,
        String nombre,
        String tipo,
        String dimension,
        String comportamiento,
        String formulaDescendente,
        String frecuencia,
        String unidadMedida,
        Integer anioLineaBase,
        MetodoCalculo metodoCalculo,
        List<Variable> variables,
        List<Meta> metasModificadas,
        List<Rango> parametrosSemaforo,
        String resumenNarrativo,
        String responsable,
        String mediosVerificacion,
        List<Meta> metasAprobadas) implements EventoDeDominio {

    public static final int SCHEMA_VERSION = 1;

    /** The whole definition as the version being published carries it, with the formula as parsed. */
    public static IndicadorPublicadoEvent de(IndicadorEntity i, mx.pbrsed.catalog.domain.MetodoCalculo metodo) {
        ObjetivoEntity objetivo = i.objetivo;
        ProgramaEntity programa = objetivo.programa;
        Ficha f = i.ficha;
        return new IndicadorPublicadoEvent(SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(),
                i.id, i.version, i.estado.name(), i.vigenteDesde,
                new ProgramaRef(programa.ejercicio, programa.clave, programa.ramoClave, programa.urClave),
                objetivo.nivel.name(), f.nombre(), f.tipo().name(), f.dimension().name(), f.comportamiento().name(),
                f.formulaDescendente().name(), f.frecuencia().name(), f.unidadMedida(), f.anioLineaBase(),
                new MetodoCalculo(f.familia().name(), metodo.expresionTexto(), NodoExpresion.de(metodo.arbol())),
                f.variables().stream().map(v -> new Variable(v.clave(), v.descripcion(), v.tipo().name())).toList(),
                f.metasModificadas().stream().map(m -> new Meta(m.mes(), m.valores())).toList(),
                f.parametrosSemaforo().stream().map(r -> new Rango(r.desde(), r.hasta(), r.color().name())).toList(),
                objetivo.resumenNarrativo, objetivo.responsable, f.mediosVerificacion(),
                f.metasAprobadas().stream().map(m -> new Meta(m.mes(), m.valores())).toList());
    }

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.indicador.publicado";
    }

    /**
     * Which programa the indicator belongs to, by its claves. Not its nombre: a programa's change
     * publishes no indicator, so a copy here would go stale; replicas take names from "programas".
     */
    public record ProgramaRef(int ejercicio, String clave, String ramo, String unidadResponsable) {
    }

    public record MetodoCalculo(String familia, String expresion, NodoExpresion arbol) {
    }

    public record Variable(String clave, String descripcion, String tipo) {
    }

    public record Meta(int mes, Map<String, BigDecimal> valores) {
    }

    public record Rango(BigDecimal desde, BigDecimal hasta, String color) {
    }
}
