package mx.pbrsed.evaluation.rest;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The report's HTML laid out as a PDF inside the service (openhtmltopdf on PDFBox, the SVG charts
 * through Batik): the same page, no browser. The font is embedded, so accents print everywhere;
 * it is the Liberation Sans that PDFBox itself ships (metric-compatible with Arial, SIL OFL).
 */
final class ReportePdf {
    /** The family the template's CSS names first. */
    static final String FAMILIA = "Liberation Sans";
    private static final String FUENTE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /**
     * Layout holds the whole document, its DOM and its boxes in the heap at once: at most two PDFs are
     * composed together, so a burst of PDF requests (each admitted by the edge) cannot exhaust the
     * heap; the others get a 503 with Retry-After (platform's RejectedExecutionException mapper).
     */
    private static final Semaphore COMPOSICIONES = new Semaphore(2);

    private ReportePdf() {
    }

    static byte[] de(String html) {
        if (!COMPOSICIONES.tryAcquire()) {
            throw new RejectedExecutionException("Se componen otros PDF; reintente en un momento.");
        }
        try {
            return componer(html);
        } finally {
            COMPOSICIONES.release();
        }
    }

    private static byte[] componer(String html) {
        // The page is HTML5 (not XHTML): jsoup parses it as a browser would and hands the renderer a DOM.
        var documento = new W3CDom().fromJsoup(Jsoup.parse(html));
        var salida = new ByteArrayOutputStream();
        var constructor = new PdfRendererBuilder();
        constructor.useFastMode();
        constructor.useSVGDrawer(new BatikSVGDrawer());
        constructor.useFont(ReportePdf::fuente, FAMILIA);
        // No base URI: the page links out but loads nothing, so rendering never reaches the network.
        constructor.withW3cDocument(documento, null);
        constructor.toStream(salida);
        try {
            constructor.run();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo componer el PDF del reporte", e);
        }
        return salida.toByteArray();
    }

    private static InputStream fuente() {
        InputStream fuente = ReportePdf.class.getResourceAsStream(FUENTE);
        if (fuente == null) {
            throw new IllegalStateException("PDFBox no trae la fuente " + FUENTE);
        }
        return fuente;
    }
}
