package fr.coopex.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A SIREN: nine digits whose Luhn key is valid. Spaces are tolerated (they are removed
 * before saving). Each failure gets its own message: not digits, wrong length, wrong key.
 * A null or blank value is accepted here (use {@code @NotBlank} for required fields).
 */
@Documented
@Constraint(validatedBy = SirenValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Siren {

	String message() default "{validation.siren.key}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
