package mx.pbrsed.capture.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "pbr.topics")
public interface TopicsConfig {
    /** In: the catalog's indicator definitions. */
    String indicadores();

    /** Out: every accepted captura version, keyed by indicadorId. */
    String capturas();

    /** Out: capturas recorded after their window closed. */
    String capturasTardias();

    /** Out: indicator-periods with no captura when the window closed. */
    String capturasVencidas();

    /** In: the catalog's programs, to validate devengados. */
    String programas();

    /** Out: each devengado version (avance financiero), keyed by ejercicio-programaClave. */
    String devengados();
}
