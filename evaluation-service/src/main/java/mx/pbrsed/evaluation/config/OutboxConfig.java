package mx.pbrsed.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pbr.outbox")
public interface OutboxConfig {
    /** Records relayed per transaction. */
    @WithDefault("200")
    int batchSize();
}
