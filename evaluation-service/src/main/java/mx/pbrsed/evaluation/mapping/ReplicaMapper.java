package mx.pbrsed.evaluation.mapping;

import java.time.OffsetDateTime;
import mx.pbrsed.evaluation.domain.CapturaVigente;
import mx.pbrsed.evaluation.domain.Version;
import mx.pbrsed.evaluation.events.CapturaRegistradaEvent;
import mx.pbrsed.evaluation.events.DevengadoRegistradoEvent;
import mx.pbrsed.evaluation.events.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.events.ProgramaPublicadoEvent;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.DevengadoEntity;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.ProgramaEntity;

/**
 * The replicas' rows as the events that publish them say, and what the domain reads of them. Keys
 * are set by whoever creates a row; these copy the rest.
 */
public final class ReplicaMapper {
    private ReplicaMapper() {
    }

    /** {@code definicion} is the event's text, stored as is: it is read again to evaluate. */
    public static void actualizar(IndicadorEntity indicador, IndicadorPublicadoEvent evento, String definicion) {
        indicador.version = evento.version();
        indicador.estado = evento.estado();
        indicador.ejercicio = evento.programa().ejercicio();
        indicador.programaClave = evento.programa().clave();
        indicador.nivel = evento.nivel();
        indicador.nombre = evento.nombre();
        indicador.tipo = evento.tipo();
        indicador.dimension = evento.dimension();
        indicador.comportamiento = evento.comportamiento();
        indicador.frecuencia = evento.frecuencia();
        indicador.unidadMedida = evento.unidadMedida();
        indicador.definicion = definicion;
        indicador.actualizadoEn = OffsetDateTime.now();
    }

    public static void actualizar(CapturaEntity captura, CapturaRegistradaEvent evento) {
        captura.version = evento.version();
        captura.revision = evento.revision();
        captura.capturaId = evento.capturaId();
        captura.estado = evento.estado();
        captura.valores = evento.valoresPorMes();
        captura.preliminar = evento.preliminar();
        captura.tardia = evento.tardia();
        captura.justificacionVariacion = evento.justificacionVariacion();
        captura.analisisLogro = evento.analisisLogro();
        captura.comentario = evento.comentario();
        captura.capturadoEn = evento.capturadoEn();
    }

    public static void actualizar(ProgramaEntity programa, ProgramaPublicadoEvent evento) {
        programa.version = evento.version();
        programa.ejercicio = evento.ejercicio();
        programa.clave = evento.clave();
        programa.nombre = evento.nombre();
        programa.ramoClave = evento.ramo().clave();
        programa.ramoNombre = evento.ramo().nombre();
        programa.urClave = evento.unidadResponsable().clave();
        programa.urNombre = evento.unidadResponsable().nombre();
        programa.presupuestoAprobado = evento.presupuestoAprobado();
        programa.presupuestoModificado = evento.presupuestoModificado();
        programa.actualizadoEn = OffsetDateTime.now();
    }

    public static void actualizar(DevengadoEntity devengado, DevengadoRegistradoEvent evento) {
        devengado.version = evento.version();
        devengado.devengadoAcumulado = evento.devengadoAcumulado();
        devengado.capturadoPor = evento.capturadoPor();
        devengado.capturadoEn = evento.capturadoEn();
    }

    /** Null for no captura. */
    public static Version version(CapturaEntity captura) {
        return captura == null ? null : new Version(captura.version, captura.revision);
    }

    public static Version version(CapturaRegistradaEvent evento) {
        return new Version(evento.version(), evento.revision());
    }

    /** Null for no captura. */
    public static CapturaVigente vigente(CapturaEntity captura) {
        return captura == null ? null : new CapturaVigente(captura.version, captura.estado, captura.tardia,
                captura.preliminar, captura.justificacionVariacion);
    }
}
