package mx.pbrsed.capture.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

@ConfigMapping(prefix = "pbr.captura")
public interface CapturaConfig {
    /** The zone of every capture deadline. */
    @WithDefault("America/Mexico_City")
    ZoneId zona();

    /** Calendar days of the default window after each quarter ends. */
    @WithDefault("15")
    int diasVentana();
}
