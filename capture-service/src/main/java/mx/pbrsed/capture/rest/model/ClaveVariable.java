package mx.pbrsed.capture.rest.model;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The name of a variable of the indicator, as the catalog names them: V1 to V999. */
@Pattern(regexp = Limites.PATRON_VARIABLE, message = Limites.MENSAJE_VARIABLE)
@Constraint(validatedBy = {})
@Documented
@Target(TYPE_USE)
@Retention(RUNTIME)
public @interface ClaveVariable {
    String message() default Limites.MENSAJE_VARIABLE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
