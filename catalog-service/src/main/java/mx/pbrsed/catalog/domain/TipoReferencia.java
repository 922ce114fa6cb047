package mx.pbrsed.catalog.domain;

/** The reference catalogues; a UNIDAD_RESPONSABLE belongs to a RAMO. */
public enum TipoReferencia {
    RAMO, UNIDAD_RESPONSABLE, UNIDAD_MEDIDA
}
