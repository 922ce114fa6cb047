package mx.pbrsed.capture.rest.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
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
 * A quantity as the engine and the columns take it: never negative, at most {@link #enteros()}
 * integer digits and {@link #decimales()} decimals, trailing zeros not counted (0.500000000 is 0.5),
 * the rule of domain/ValoresCaptura and domain/Importe. @Digits counts a BigDecimal's zeros. Null
 * is left to @NotNull.
 */
@Constraint(validatedBy = Cifra.Validador.class)
@Documented
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Cifra {
    int enteros();

    int decimales();

    String message() default "debe ser un número de 0 en adelante con hasta {enteros} dígitos enteros y {decimales} decimales";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validador implements ConstraintValidator<Cifra, BigDecimal> {
        private int enteros;
        private int decimales;

        @Override
        public void initialize(Cifra cifra) {
            this.enteros = cifra.enteros();
            this.decimales = cifra.decimales();
        }

        @Override
        public boolean isValid(BigDecimal valor, ConstraintValidatorContext contexto) {
            if (valor == null) {
                return true;
            }
            BigDecimal normal = valor.stripTrailingZeros();
            return valor.signum() >= 0 && normal.scale() <= decimales && normal.precision() - normal.scale() <= enteros;
        }
    }
}
