package mx.pbrsed.capture.rest.model;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A variable's value: present, never negative, with at most {@link Limites#VALOR_ENTEROS} integer
 * digits and {@link Limites#VALOR_DECIMALES} decimals (trailing zeros do not count), as the engine
 * takes it.
 */
@NotNull
@Cifra(enteros = Limites.VALOR_ENTEROS, decimales = Limites.VALOR_DECIMALES)
@Constraint(validatedBy = {})
@Documented
@Target(TYPE_USE)
@Retention(RUNTIME)
public @interface ValorCapturado {
    String message() default "valor de variable inválido";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
