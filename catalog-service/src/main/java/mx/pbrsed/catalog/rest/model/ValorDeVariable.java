package mx.pbrsed.catalog.rest.model;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A value of a variable, as capture-service accepts a captured one ({@link Limites#VALOR_ENTEROS},
 * {@link Limites#VALOR_DECIMALES}, not negative). Trailing zeros do not count, as there: 9.0000000
 * is 9, which {@code @Digits} would refuse.
 */
@Documented
@Constraint(validatedBy = ValorDeVariable.Validador.class)
@Target(TYPE_USE)
@Retention(RUNTIME)
public @interface ValorDeVariable {
    String message() default "debe ser un número de 0 en adelante con hasta " + Limites.VALOR_ENTEROS
            + " dígitos enteros y " + Limites.VALOR_DECIMALES + " decimales";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validador implements ConstraintValidator<ValorDeVariable, BigDecimal> {
        @Override
        public boolean isValid(BigDecimal valor, ConstraintValidatorContext contexto) {
            if (valor == null) {
                return true;
            }
            BigDecimal normal = valor.stripTrailingZeros();
            return normal.signum() >= 0 && Math.max(normal.scale(), 0) <= Limites.VALOR_DECIMALES
                    && normal.precision() - normal.scale() <= Limites.VALOR_ENTEROS;
        }
    }
}
