package mx.pbrsed.evaluation.service;

import io.opentelemetry.context.Context;

/**
 * An event as a consumer received it, with the trace context of its record: what applying it
 * queues continues that trace, even when a batch applies many in one transaction.
 */
public record Recibido<E>(E evento, Context contexto) {
}
