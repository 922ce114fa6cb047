package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import mx.pbrsed.capture.config.CapturaConfig;
import mx.pbrsed.capture.domain.CalendarioCaptura;
import mx.pbrsed.capture.domain.VentanaCaptura;
import mx.pbrsed.capture.mapping.CalendarioMapper;
import mx.pbrsed.capture.repository.CalendarioVentanaEntity;
import mx.pbrsed.capture.repository.CalendarioVentanaRepository;
import mx.pbrsed.capture.rest.model.Calendario;
import mx.pbrsed.capture.rest.model.CalendarioRequest;

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Calendario consultar(int ejercicio) {
        List<CalendarioVentanaEntity> filas = ventanas.delEjercicio(ejercicio);
        return CalendarioMapper.aModelo(calendario(ejercicio, filas), filas, config.zona());
    }

    /** Replaces the ejercicio's four windows, by {@code autor}; capturas already recorded keep their lateness. */
    public Calendario definir(int ejercicio, CalendarioRequest request, String autor) {
        var calendario = CalendarioCaptura.definir(ejercicio, request.ventanas().stream()
                .map(v -> new CalendarioCaptura.Propuesta(v.trimestre(), v.abre(), v.cierra())).toList());
        OffsetDateTime ahora = OffsetDateTime.ofInstant(reloj.instant(), ZoneOffset.UTC);
        calendario.ventanas().forEach((trimestre, ventana) ->
                ventanas.guardar(ejercicio, trimestre, ventana.abre(), ventana.cierra(), autor, ahora));
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
