package mx.pbrsed.platform.consumo;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Counts, per channel, the events a consumer's one-record {@code @Incoming} methods apply and reject
 * ({@link EventosContadosInterceptor}).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface EventosContados {
}
