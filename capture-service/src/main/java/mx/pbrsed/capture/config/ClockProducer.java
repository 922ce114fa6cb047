package mx.pbrsed.capture.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * One clock for every deadline decision, so tests can move time instead of waiting for it. It ticks in
 * microseconds, PostgreSQL's precision: an instant is stored as it was taken, so a version's hash,
 * computed before it is stored, is the one its stored content gives.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
