package mx.pbrsed.catalog.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "pbr.topics")
public interface TopicsConfig {
    /** Indicator definitions, one record per published version, keyed by indicadorId. */
    String indicadores();

    /** Programas, one record per published version, keyed by programaId. */
    String programas();

    /** capture-service's accepted capturas, read to know which indicators have any. */
    String capturas();
}
