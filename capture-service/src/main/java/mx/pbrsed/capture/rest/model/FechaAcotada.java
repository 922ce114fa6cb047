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
import java.time.LocalDate;

/**
 * A date of a real calendar: JSON reads any year from -999999999 to +999999999, which the windows'
 * arithmetic and the date columns cannot take; null is left to @NotNull.
 */
@Constraint(validatedBy = FechaAcotada.Validador.class)
@Documented
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface FechaAcotada {
    String message() default "debe ser una fecha de los años " + Limites.ANIO_MINIMO + " a " + Limites.ANIO_MAXIMO;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validador implements ConstraintValidator<FechaAcotada, LocalDate> {
        @Override
        public boolean isValid(LocalDate fecha, ConstraintValidatorContext contexto) {
            return fecha == null || (fecha.getYear() >= Limites.ANIO_MINIMO && fecha.getYear() <= Limites.ANIO_MAXIMO);
        }
    }
}
