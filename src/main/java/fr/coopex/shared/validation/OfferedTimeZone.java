package fr.coopex.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fr.coopex.shared.web.TimeZones;

/**
 * One of the time zones a person may choose ({@link TimeZones#OFFERED}), by its IANA id.
 * A null or empty value is accepted (no zone chosen: Paris time).
 */
@Documented
@Constraint(validatedBy = OfferedTimeZone.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface OfferedTimeZone {

	String message() default "{validation.time-zone}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the id against the offered zones. */
	class Validator implements ConstraintValidator<OfferedTimeZone, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || TimeZones.offered(value).isPresent();
		}

	}

}
