package mx.pbrsed.capture.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.pbrsed.capture.config.EvidenciaConfig;
import mx.pbrsed.capture.domain.ArchivoEvidencia;
import mx.pbrsed.capture.domain.EvidenciaAdjunta;
import mx.pbrsed.capture.repository.CapturaEntity;
import mx.pbrsed.capture.repository.CapturaRepository;
import mx.pbrsed.capture.repository.EvidenciaEntity;
import mx.pbrsed.capture.repository.EvidenciaRepository;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.repository.IndicadorRepository;
import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import mx.pbrsed.platform.seguridad.Solicitante;

@ApplicationScoped
@Transactional
public class EvidenciaService {
    private final EvidenciaRepository evidencias;
    private final CapturaRepository capturas;
    private final IndicadorRepository indicadores;
    private final EvidenciaConfig config;
    private final Clock reloj;

    public EvidenciaService(EvidenciaRepository evidencias, CapturaRepository capturas, IndicadorRepository indicadores,
                            EvidenciaConfig config, Clock reloj) {
        this.evidencias = evidencias;
        this.capturas = capturas;
        this.indicadores = indicadores;
        this.config = config;
        this.reloj = reloj;
    }

    /**
     * Attaches a file to the period's latest captura version, by a capturista of the indicator's unidad
     * responsable. The name and type are checked before the body is read, and a body announced larger
     * than the limit is refused without reading it. The file becomes part of the version's sealed content:
     * its hash is recomputed under the indicator's lock, the one a new version takes, so no new version
     * links to the old hash meanwhile.
     *
     * @param largo the body's Content-Length, null if it was sent without one
     */
    public EvidenciaAdjunta adjuntar(UUID indicadorId, int ejercicio, int trimestre, String nombre, String tipoContenido,
                              InputStream cuerpo, Long largo, Solicitante solicitante) {
        AccesoPorUnidad.exigirUnidadDe(solicitante, indicadores.findByIdOptional(indicadorId, LockModeType.PESSIMISTIC_WRITE)
                .map(IndicadorEntity::aDominio).orElse(null));
        CapturaEntity captura = capturas.ultimaVersion(indicadorId, ejercicio, trimestre)
                .orElseThrow(() -> new RecursoNoEncontradoException("captura del indicador " + indicadorId + " en",
                        ejercicio + " T" + trimestre));
        ArchivoEvidencia.exigirCupo(evidencias.contarDelPeriodo(indicadorId, ejercicio, trimestre));
        var declarado = ArchivoEvidencia.declarar(nombre, tipoContenido, config.tiposPermitidos());
        long maximo = config.tamanoMaximo().asLongValue();
        if (largo != null) {
            declarado.exigirTamano(largo, maximo);
        }
        var archivo = declarado.recibir(leer(cuerpo, largo, maximo), maximo);
        var evidencia = new EvidenciaEntity();
        evidencia.id = UUID.randomUUID();
        evidencia.capturaId = captura.id;
        evidencia.indicadorId = indicadorId;
        evidencia.ejercicio = ejercicio;
        evidencia.trimestre = trimestre;
        evidencia.capturaVersion = captura.version;
        evidencia.nombre = archivo.nombre();
        evidencia.tipoContenido = archivo.tipoContenido();
        evidencia.tamano = archivo.contenido().length;
        evidencia.sha256 = archivo.sha256();
        evidencia.contenido = archivo.contenido();
        evidencia.subidoPor = solicitante.sujeto();
        evidencia.subidoEn = OffsetDateTime.ofInstant(reloj.instant(), ZoneOffset.UTC);
        var adjunta = new EvidenciaAdjunta(evidencia.id, evidencia.capturaId, evidencia.capturaVersion, evidencia.nombre,
                evidencia.tipoContenido, evidencia.tamano, evidencia.sha256, evidencia.subidoPor, evidencia.subidoEn);
        List<EvidenciaAdjunta> adjuntas = new ArrayList<>(evidencias.deCaptura(captura.id));
        adjuntas.add(adjunta);
        evidencias.persist(evidencia);
        captura.sellar(adjuntas);
        return adjunta;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenciaAdjunta> listar(UUID indicadorId, int ejercicio, int trimestre) {
        return evidencias.delPeriodo(indicadorId, ejercicio, trimestre);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArchivoEvidencia> descargar(UUID indicadorId, int ejercicio, int trimestre, UUID id) {
        return evidencias.delPeriodo(indicadorId, ejercicio, trimestre, id)
                .map(e -> new ArchivoEvidencia(e.nombre, e.tipoContenido, e.contenido, e.sha256));
    }

    /**
     * The body in one array of its size when its length is known; otherwise up to one byte past the
     * limit, enough to refuse a larger file without holding it.
     */
    private static byte[] leer(InputStream cuerpo, Long largo, long maximo) {
        try {
            if (largo == null) {
                return cuerpo.readNBytes((int) Math.min(maximo + 1, Integer.MAX_VALUE - 8));
            }
            byte[] contenido = new byte[Math.toIntExact(largo)];
            int leidos = cuerpo.readNBytes(contenido, 0, contenido.length);
            return leidos == contenido.length ? contenido : Arrays.copyOf(contenido, leidos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
