package mx.pbrsed.capture.rest;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lotes and evidence files (uploads and downloads) hold their rows or bytes in memory while they are
 * processed: at most {@code pbr.cargas.simultaneas} of them run at once per instance, so the heap is
 * sized for that many of the largest admitted ones. One more is refused at once (503 with
 * Retry-After) instead of queuing, before its body is read or its file loaded.
 */
@ApplicationScoped
public class CupoDeCargas {
    /** About what a lote of the largest size takes. */
    static final int SEGUNDOS_PARA_REINTENTAR = 2;

    /** A load that reads its body; it may fail reading it. */
    @FunctionalInterface
    interface Carga<T> {
        T procesar() throws IOException;
    }

    private final Semaphore cupo;
    private final int maximo;

    public CupoDeCargas(@ConfigProperty(name = "pbr.cargas.simultaneas", defaultValue = "2") int maximo) {
        this.cupo = new Semaphore(maximo);
        this.maximo = maximo;
    }

    /**
     * Runs a load that holds its data only while it runs (a lote, an upload).
     *
     * @throws CupoAgotadoException if {@code pbr.cargas.simultaneas} loads are under way
     */
    <T> T procesar(Carga<T> carga) throws IOException {
        ocupar();
        try {
            return carga.procesar();
        } finally {
            cupo.release();
        }
    }

    /**
     * Takes a place for a download, whose file is held until the client has received it, however
     * slowly it reads: the place is given back when the response ends, written or cut.
     *
     * @throws CupoAgotadoException if {@code pbr.cargas.simultaneas} loads are under way
     */
    void ocuparHastaResponder(RoutingContext solicitud) {
        ocupar();
        solicitud.addEndHandler(fin -> cupo.release());
    }

    private void ocupar() {
        if (!cupo.tryAcquire()) {
            throw new CupoAgotadoException("El servicio procesa ya " + maximo + " lotes o evidencias a la vez; reintente en "
                    + SEGUNDOS_PARA_REINTENTAR + " s.");
        }
    }
}
