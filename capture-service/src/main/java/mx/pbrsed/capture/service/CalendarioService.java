package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import mx.pbrsed.capture.config.CapturaConfig;
import mx.pbrsed.capture.domain.CalendarioCaptura;
import mx.pbrsed.capture.domain.VentanaCaptura;
import mx.pbrsed.capture.repository.CalendarioVentanaEntity;
import mx.pbrsed.capture.repository.CalendarioVentanaRepository;
import mx.pbrsed.platform.seguridad.Solicitante;

@ApplicationScoped
@Transactional
public class CalendarioService {
    private final CalendarioVentanaRepository ventanas;
    private final CapturaConfig config;
    private final Clock reloj;

    public CalendarioService(CalendarioVentanaRepository ventanas, CapturaConfig config, Clock reloj) {
        this.ventanas = ventanas;
        this.config = config;
        this.reloj = reloj;
    }

    /** The windows that decide lateness: the administrator's, or the SPEC default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarioCaptura calendario(int ejercicio) {
        return calendario(ejercicio, ventanas.delEjercicio(ejercicio));
    }

    /**
     * An ejercicio's calendar as it is shown: its windows in the service's zone and who set them last
     * (null, and {@code porDefecto}, when no administrator did).
     */
    public record CalendarioVigente(CalendarioCaptura calendario, boolean porDefecto, ZoneId zona, String actualizadoPor,
                                    OffsetDateTime actualizadoEn) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarioVigente consultar(int ejercicio) {
        List<CalendarioVentanaEntity> filas = ventanas.delEjercicio(ejercicio);
        var ultima = filas.stream().max(Comparator.comparing((CalendarioVentanaEntity f) -> f.actualizadoEn));
        return new CalendarioVigente(calendario(ejercicio, filas), filas.isEmpty(), config.zona(),
                ultima.map(f -> f.actualizadoPor).orElse(null), ultima.map(f -> f.actualizadoEn).orElse(null));
    }

    /** Replaces the ejercicio's four windows, by {@code autor}; capturas already recorded keep their lateness. */
    public CalendarioVigente definir(int ejercicio, List<CalendarioCaptura.Propuesta> propuestas, Solicitante autor) {
        var calendario = CalendarioCaptura.definir(ejercicio, propuestas);
        OffsetDateTime ahora = OffsetDateTime.ofInstant(reloj.instant(), ZoneOffset.UTC);
        calendario.ventanas().forEach((trimestre, ventana) ->
                ventanas.guardar(ejercicio, trimestre, ventana.abre(), ventana.cierra(), autor.sujeto(), ahora));
        return consultar(ejercicio);
    }

    private CalendarioCaptura calendario(int ejercicio, List<CalendarioVentanaEntity> filas) {
        if (filas.isEmpty()) {
            return CalendarioCaptura.porDefecto(ejercicio, config.diasVentana());
        }
        SortedMap<Integer, VentanaCaptura> porTrimestre = new TreeMap<>();
        filas.forEach(f -> porTrimestre.put(f.clave.trimestre(), new VentanaCaptura(f.abre, f.cierra)));
        return new CalendarioCaptura(ejercicio, porTrimestre);
    }
}
