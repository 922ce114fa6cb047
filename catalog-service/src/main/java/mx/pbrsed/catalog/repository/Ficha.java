package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import mx.pbrsed.catalog.domain.Comportamiento;
import mx.pbrsed.catalog.domain.Dimension;
import mx.pbrsed.catalog.domain.FamiliaMetodo;
import mx.pbrsed.catalog.domain.FichaTecnica;
import mx.pbrsed.catalog.domain.FormulaDescendente;
import mx.pbrsed.catalog.domain.Frecuencia;
import mx.pbrsed.catalog.domain.MetaMensual;
import mx.pbrsed.catalog.domain.RangoSemaforo;
import mx.pbrsed.catalog.domain.TipoIndicador;
import mx.pbrsed.catalog.domain.VariableIndicador;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The ficha técnica's columns, shared by the current indicator and each of its versions. A value:
 * two fichas are the same definition exactly when they are equal (quantities are canonical). The
 * columns of the domain's {@link FichaTecnica}.
 */
@Embeddable
public record Ficha(
        String nombre,
        @Enumerated(EnumType.STRING) TipoIndicador tipo,
        @Enumerated(EnumType.STRING) Dimension dimension,
        @Enumerated(EnumType.STRING) Comportamiento comportamiento,
        @Enumerated(EnumType.STRING) @Column(name = "formula_descendente") FormulaDescendente formulaDescendente,
        @Enumerated(EnumType.STRING) Frecuencia frecuencia,
        @Column(name = "unidad_medida") String unidadMedida,
        @Enumerated(EnumType.STRING) FamiliaMetodo familia,
        String expresion,
        @Column(name = "linea_base") String lineaBase,
        @Column(name = "anio_linea_base") Integer anioLineaBase,
        @Column(name = "medios_verificacion") String mediosVerificacion,
        @JdbcTypeCode(SqlTypes.JSON) List<VariableIndicador> variables,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "parametros_semaforo") List<RangoSemaforo> parametrosSemaforo,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "metas_aprobadas") List<MetaMensual> metasAprobadas,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "metas_modificadas") List<MetaMensual> metasModificadas) {

    public static Ficha de(FichaTecnica f) {
        return new Ficha(f.nombre(), f.tipo(), f.dimension(), f.comportamiento(), f.formulaDescendente(), f.frecuencia(),
                f.unidadMedida(), f.familia(), f.expresion(), f.lineaBase(), f.anioLineaBase(), f.mediosVerificacion(), f.variables(),
                f.parametrosSemaforo(), f.metasAprobadas(), f.metasModificadas());
    }

    public FichaTecnica comoFichaTecnica() {
        return new FichaTecnica(nombre, tipo, dimension, comportamiento, formulaDescendente, frecuencia, unidadMedida,
                familia, expresion, lineaBase, anioLineaBase, mediosVerificacion, variables, parametrosSemaforo, metasAprobadas,
                metasModificadas);
    }
}
