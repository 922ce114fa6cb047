package mx.pbrsed.capture.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.pbrsed.capture.domain.CadenaCaptura;
import mx.pbrsed.capture.repository.CapturaRepository;

/**
 * Walks the stored hash chains of captura versions and names where each broke. Reads in a transaction
 * so the driver fetches versions through a cursor, a few hundred at a time, however many there are.
 */
@ApplicationScoped
@Transactional
public class VerificacionService {
    /** Indicators one page of an ejercicio's verification walks, at most. */
    public static final int INDICADORES_POR_PAGINA = 100;
    /**
     * Broken chains listed, at most: an indicator has its ejercicio's four periods, so a page of
     * {@link #INDICADORES_POR_PAGINA} has at most this many chains.
     */
    public static final int RUPTURAS_LISTADAS = 4 * INDICADORES_POR_PAGINA;

    /**
     * @param cadenas   indicator-periods walked
     * @param rupturas  the first broken link of each broken chain
     * @param siguiente the cursor of the next page (the last indicator of this one), null on the last page
     */
    public record Verificacion(int cadenas, long versiones, List<CadenaCaptura.Ruptura> rupturas, UUID siguiente) {
    }

    private final CapturaRepository capturas;

    public VerificacionService(CapturaRepository capturas) {
        this.capturas = capturas;
    }

    /** Every chain of the indicator; empty when it has no captura. */
    public Optional<Verificacion> delIndicador(UUID indicadorId) {
        var verificador = new CadenaCaptura.Verificador(RUPTURAS_LISTADAS);
        capturas.recorrerCadenas(indicadorId, verificador::agregar);
        if (verificador.versiones() == 0) {
            return Optional.empty();
        }
        return Optional.of(resultado(verificador, null));
    }

    /**
     * The chains of up to {@code limite} indicators with capturas in the ejercicio, by id, after
     * {@code despuesDe} (null: from the first).
     */
    public Verificacion delEjercicio(int ejercicio, UUID despuesDe, int limite) {
        List<UUID> indicadores = capturas.indicadoresConCapturas(ejercicio, despuesDe, limite + 1);
        UUID siguiente = null;
        if (indicadores.size() > limite) {
            indicadores = indicadores.subList(0, limite);
            siguiente = indicadores.get(limite - 1);
        }
        var verificador = new CadenaCaptura.Verificador(RUPTURAS_LISTADAS);
        capturas.recorrerCadenas(ejercicio, indicadores, verificador::agregar);
        return resultado(verificador, siguiente);
    }

    private static Verificacion resultado(CadenaCaptura.Verificador verificador, UUID siguiente) {
        List<CadenaCaptura.Ruptura> rupturas = verificador.rupturas();
        // an operator's alert: a stored version no longer matches what was sealed
        rupturas.forEach(r -> Log.warnf("Cadena de capturas rota: indicador %s, %d T%d, versión %d, %s (esperado %s, almacenado %s)",
                r.indicadorId(), r.ejercicio(), r.trimestre(), r.version(), r.tipo(), r.esperado(), r.almacenado()));
        return new Verificacion(verificador.cadenas(), verificador.versiones(), rupturas, siguiente);
    }
}
