package mx.pbrsed.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Comportamiento;
import mx.pbrsed.catalog.domain.Dimension;
import mx.pbrsed.catalog.domain.EstadoIndicador;
import mx.pbrsed.catalog.domain.FamiliaMetodo;
import mx.pbrsed.catalog.domain.FormulaDescendente;
import mx.pbrsed.catalog.domain.Frecuencia;
import mx.pbrsed.catalog.domain.MetaMensual;
import mx.pbrsed.catalog.domain.RangoSemaforo;
import mx.pbrsed.catalog.domain.TipoIndicador;
import mx.pbrsed.catalog.domain.VariableIndicador;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "indicador")
public class IndicadorEntity {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objetivo_id")
    public ObjetivoEntity objetivo;
    public int version;
    @Enumerated(EnumType.STRING)
    public EstadoIndicador estado;
    public String nombre;
    @Enumerated(EnumType.STRING)
    public TipoIndicador tipo;
    @Enumerated(EnumType.STRING)
    public Dimension dimension;
    @Enumerated(EnumType.STRING)
    public Comportamiento comportamiento;
    @Enumerated(EnumType.STRING)
    @Column(name = "formula_descendente")
    public FormulaDescendente formulaDescendente;
    @Enumerated(EnumType.STRING)
    public Frecuencia frecuencia;
    @Column(name = "unidad_medida")
    public String unidadMedida;
    @Enumerated(EnumType.STRING)
    public FamiliaMetodo familia;
    public String expresion;
    @Column(name = "linea_base")
    public String lineaBase;
    @Column(name = "medios_verificacion")
    public String mediosVerificacion;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<VariableIndicador> variables;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "parametros_semaforo")
    public List<RangoSemaforo> parametrosSemaforo;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "metas_aprobadas")
    public List<MetaMensual> metasAprobadas;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "metas_modificadas")
    public List<MetaMensual> metasModificadas;
    @Column(name = "actualizado_en")
    public OffsetDateTime actualizadoEn;
}
