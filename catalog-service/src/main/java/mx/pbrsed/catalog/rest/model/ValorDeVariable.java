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
import mx.pbrsed.catalog.domain.MetaMensual;

/**
 * A value of a variable in a meta, by the domain's rule ({@link MetaMensual#valorAdmitido}: as
 * capture-service accepts a captured one), checked where the request enters so the 400 names the
 * field. Trailing zeros do not count, as there: 9.0000000 is 9, which {@code @Digits} would refuse.
 */
@Documented
@Constraint(validatedBy = ValorDeVariable.Validador.class)
@Target(TYPE_USE)
@Retention(RUNTIME)
public @interface ValorDeVariable {
    String message() default MetaMensual.REGLA_DEL_VALOR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validador implements ConstraintValidator<ValorDeVariable, BigDecimal> {
        @Override
        public boolean isValid(BigDecimal valor, ConstraintValidatorContext contexto) {
            return valor == null || MetaMensual.valorAdmitido(valor);
        }
    }
}
