package fr.coopex.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a SIREN and says precisely what is wrong with it.
 */
public class SirenValidator implements ConstraintValidator<Siren, String> {

	/** Removes the spaces people type between groups of digits. */
	public static String normalise(String value) {
		return value == null ? null : value.replaceAll("[\\s\\u00a0]", "");
	}

	/** The message key of what is wrong, or {@code null} when the SIREN is valid. */
	public static String problem(String value) {
		String siren = normalise(value);
		if (!siren.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return "validation.siren.digits";
		}
		if (siren.length() != 9) {
			return "validation.siren.length";
		}
		if (!Luhn.isValid(siren)) {
			return "validation.siren.key";
		}
		return null;
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		String problem = problem(value);
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
		return false;
	}

}
