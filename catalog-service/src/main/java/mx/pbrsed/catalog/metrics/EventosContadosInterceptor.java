package mx.pbrsed.catalog.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code pbrsed.eventos.aplicados{canal}} when an {@code @Incoming} method returns,
 * {@code pbrsed.eventos.rechazados{canal,razon}} when it throws: the failure strategy then sends the
 * record to the channel's dead-letter topic. The channel is the method's {@code @Incoming}.
 */
@EventosContados
@Interceptor
// Outside @Transactional (PLATFORM_BEFORE + 200): an event counts as applied once its transaction committed.
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class EventosContadosInterceptor {
    private final MeterRegistry metricas;

    @Inject
    public EventosContadosInterceptor(MeterRegistry metricas) {
        this.metricas = metricas;
    }

    @AroundInvoke
    Object contar(InvocationContext invocacion) throws Exception {
        Incoming incoming = invocacion.getMethod().getAnnotation(Incoming.class);
        if (incoming == null) {
            return invocacion.proceed();
        }
        String canal = incoming.value();
        try {
            Object resultado = invocacion.proceed();
            metricas.counter("pbrsed.eventos.aplicados", "canal", canal).increment();
            return resultado;
        } catch (Exception e) {
            metricas.counter("pbrsed.eventos.rechazados", "canal", canal, "razon", razon(e)).increment();
            throw e;
        }
    }

    /** A closed set, so the series stay few. */
    private static String razon(Exception e) {
        return e instanceof JsonProcessingException ? "json-invalido" : "error";
    }
}
