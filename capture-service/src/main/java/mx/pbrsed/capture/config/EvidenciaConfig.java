package mx.pbrsed.capture.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

@ConfigMapping(prefix = "pbr.evidencias")
public interface EvidenciaConfig {
    /** Largest evidence file accepted. */
    @WithDefault("10M")
    MemorySize tamanoMaximo();

    @WithDefault("application/pdf,image/png,image/jpeg,text/csv,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    Set<String> tiposPermitidos();
}
