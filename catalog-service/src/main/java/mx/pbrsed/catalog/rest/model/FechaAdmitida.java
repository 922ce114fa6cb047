package mx.pbrsed.catalog.rest.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
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
 * A date of a year from {@link Limites#ANIO_MINIMO} to {@link Limites#ANIO_MAXIMO}: JSON takes any
 * year up to +999999999, which neither PostgreSQL nor a consumer holds, and none is a real vigencia.
 */
@Documented
@Constraint(validatedBy = FechaAdmitida.Validador.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface FechaAdmitida {
    String message() default "debe ser una fecha de los años " + Limites.ANIO_MINIMO + " a " + Limites.ANIO_MAXIMO;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validador implements ConstraintValidator<FechaAdmitida, LocalDate> {
        @Override
        public boolean isValid(LocalDate fecha, ConstraintValidatorContext contexto) {
            return fecha == null || admite(fecha);
        }

        /** The same check for a date a query parameter gives. */
        public static boolean admite(LocalDate fecha) {
            return fecha.getYear() >= Limites.ANIO_MINIMO && fecha.getYear() <= Limites.ANIO_MAXIMO;
        }
    }
}
