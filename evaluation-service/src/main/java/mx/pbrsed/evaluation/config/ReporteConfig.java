package mx.pbrsed.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the printed report links to outside this service. */
@ConfigMapping(prefix = "pbr.reporte")
public interface ReporteConfig {
    /**
     * capture-service's base URL as a reader reaches it: the report's "Evidencia" links to the
     * period's evidence list there (evaluation does not replicate the files).
     */
    @WithDefault("http://127.0.0.1:8082")
    String captureUrl();
}
