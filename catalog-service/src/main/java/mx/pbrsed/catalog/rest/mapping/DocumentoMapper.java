package mx.pbrsed.catalog.rest.mapping;

import mx.pbrsed.catalog.rest.model.DocumentoPrograma;
import mx.pbrsed.catalog.rest.model.ObjetivoDocumento;
import mx.pbrsed.catalog.rest.model.ResultadoImportacion;
import mx.pbrsed.catalog.service.Documento;
import mx.pbrsed.catalog.service.ImportacionView;

public final class DocumentoMapper {
    private DocumentoMapper() {
    }

    public static Documento aDocumento(DocumentoPrograma d) {
        return new Documento(ProgramaMapper.aDatos(d.programa()), d.vigenteDesde(), d.modificadoPor(),
                d.objetivos().stream().map(o -> new Documento.Objetivo(o.clave(), o.nivel(), o.resumenNarrativo(),
                        o.responsable(), o.padre(), o.indicadores().stream().map(IndicadorMapper::aComando).toList()))
                        .toList());
    }

    public static DocumentoPrograma aModelo(Documento d) {
        return new DocumentoPrograma(ProgramaMapper.aRequest(d.programa()), d.vigenteDesde(), d.modificadoPor(),
                d.objetivos().stream().map(o -> new ObjetivoDocumento(o.clave(), o.nivel(), o.resumenNarrativo(),
                        o.responsable(), o.padre(), o.indicadores().stream().map(IndicadorMapper::aRequest).toList()))
                        .toList());
    }

    public static ResultadoImportacion aModelo(ImportacionView r) {
        return new ResultadoImportacion(aModelo(r.programa()), r.objetivos().stream().map(DocumentoMapper::aModelo).toList(),
                r.indicadores().stream().map(DocumentoMapper::aModelo).toList());
    }

    private static ResultadoImportacion.Importado aModelo(ImportacionView.Importado i) {
        return new ResultadoImportacion.Importado(i.clave(), i.id(), i.version(),
                ResultadoImportacion.Cambio.valueOf(i.cambio().name()));
    }
}
