package mx.pbrsed.evaluation.config;

import io.smallrye.config.ConfigMapping;

/** Topic names; tests prefix them per run. */
@ConfigMapping(prefix = "pbr.topics")
public interface TopicsConfig {
    String indicadores();

    String capturas();

    String programas();

    String devengados();

    String evaluaciones();

    /** Out: a change of an indicator-period's projected colour (SPEC rule 10). */
    String alertasTempranas();
}
