package mx.pbrsed.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** Phase 4: bulk import, POST /capturas/lote of one capturista's upload, as JSON and as CSV. */
final class Lote {
    static final int TAMANO = 1000;
    private static final Duration ESPERA = Duration.ofSeconds(120);
    private static final String CABECERA_CSV = "indicadorId,ejercicio,trimestre,V1,V2,analisisLogro,justificacionVariacion,preliminar\n";

    private Lote() {
    }

    record Periodo(Indicador ind, int trimestre) {
    }

    static void medir(String capture, List<Indicador> indicadores, boolean completa, Resultados resultados) throws Exception {
        // one capturista's upload: the UR with the most indicators
        String ur = indicadores.stream().collect(Collectors.groupingBy(Indicador::ur, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        // two-variable, non-monthly indicators, so every CSV row has the same V1,V2 columns
        List<Periodo> periodos = new ArrayList<>();
        for (Indicador ind : indicadores) {
            if (ind.ur().equals(ur) && ind.variables() == 2 && ind.frecuencia() != Frecuencia.MENSUAL) {
                ind.trimestres().forEach(t -> periodos.add(new Periodo(ind, t)));
            }
        }
        Collections.shuffle(periodos, new Random(7));
        List<Periodo> lote = periodos.subList(0, Math.min(TAMANO, periodos.size()));
        int lotes = completa ? 10 : 3;
        resultados.anotar("lote.tamano", lote.size());
        resultados.anotar("lote.lotes", lotes);
        resultados.anotar("lote.estado", "disponible");
        URI uri = URI.create(capture + "/capturas/lote");
        String token = Acceso.capturista(ur);
        medirFormato("json", uri, Api.JSON, lotes, lote, resultados, token);
        medirFormato("csv", uri, "text/csv", lotes, lote, resultados, token);
    }

    /** The same periods each time with new values: every lote after the first writes new captura versions. */
    private static void medirFormato(String formato, URI uri, String tipo, int lotes, List<Periodo> lote, Resultados resultados,
                                     String token) throws Exception {
        Random r = new Random(formato.hashCode());
        long valores = 0;
        long transcurrido = 0;
        for (int i = 0; i < lotes; i++) {
            String cuerpo = formato.equals("json") ? json(lote, r) : csv(lote, r);
            long inicio = System.nanoTime();
            HttpResponse<String> resp = Api.enviar(Api.post(uri, tipo, cuerpo, token, ESPERA));
            transcurrido += System.nanoTime() - inicio;
            if (resp.statusCode() != 200 && resp.statusCode() != 201) {
                Bench.log("lote %s: %d %s", formato, resp.statusCode(), Api.recortar(resp.body()));
                resultados.anotar("lote." + formato + "_error", resp.statusCode() + " " + Api.recortar(resp.body()));
                return;
            }
            valores += 2L * lote.size();
        }
        double porSegundo = valores / (transcurrido / 1e9);
        Bench.log("lote %s: %d lotes de %d capturas, %.0f valores/s", formato, lotes, lote.size(), porSegundo);
        resultados.anotar("lote." + formato + "_valores_s", Formato.fmt(porSegundo));
    }

    /** A JSON array of CapturaRequest, the body of POST /capturas repeated. */
    static String json(List<Periodo> lote, Random r) {
        return Json.escribir(lote.stream().map(p -> p.ind().captura(p.trimestre(), r)).toList());
    }

    /** One row per indicator-period, a column per variable; texts quoted as RFC 4180 asks. */
    static String csv(List<Periodo> lote, Random r) {
        StringBuilder sb = new StringBuilder(CABECERA_CSV);
        for (Periodo p : lote) {
            sb.append(p.ind().id()).append(',').append(Sintetico.EJERCICIO).append(',').append(p.trimestre()).append(',')
                    .append(Sintetico.v1(r).toPlainString()).append(',').append(Sintetico.v2(r).toPlainString())
                    .append(",\"").append(Sintetico.ANALISIS).append("\",\"").append(Sintetico.JUSTIFICACION).append("\",false\n");
        }
        return sb.toString();
    }
}
