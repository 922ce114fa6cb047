package mx.pbrsed.platform.consumo;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Counts an event applied when a one-record {@code @Incoming} method returns, rejected when it
 * throws: the failure strategy then sends the record to the channel's dead-letter topic. The
 * channel is the method's {@code @Incoming}.
 */
@EventosContados
@Interceptor
// Outside @Transactional (PLATFORM_BEFORE + 200): an event counts as applied once its transaction committed.
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class EventosContadosInterceptor {
    private final ConteoEventos conteo;

    @Inject
    public EventosContadosInterceptor(ConteoEventos conteo) {
        this.conteo = conteo;
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
            conteo.aplicados(canal, 1);
            return resultado;
        } catch (Exception e) {
            conteo.rechazado(canal, e);
            throw e;
        }
    }
}
