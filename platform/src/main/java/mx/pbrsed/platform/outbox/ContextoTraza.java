package mx.pbrsed.platform.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context of the transaction that queued an event, kept in its outbox row: the
 * relay sends the event later, from another thread, and the record must still continue that trace.
 * Both fields are null when nothing was being traced.
 */
record ContextoTraza(String traceparent, String tracestate) {
    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    private static final TextMapGetter<ContextoTraza> LECTOR = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ContextoTraza contexto) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(ContextoTraza contexto, String clave) {
            return TRACEPARENT.equals(clave) ? contexto.traceparent() : TRACESTATE.equals(clave) ? contexto.tracestate() : null;
        }
    };

    static ContextoTraza actual() {
        Map<String, String> cabeceras = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), cabeceras, Map::put);
        return new ContextoTraza(cabeceras.get(TRACEPARENT), cabeceras.get(TRACESTATE));
    }

    /** The context to send the event in: the root one, so the record starts a trace, when none was kept. */
    Context comoPadre() {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), this, LECTOR);
    }
}
