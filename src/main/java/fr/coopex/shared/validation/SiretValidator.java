package fr.coopex.shared.validation;

/**
 * Checks a SIRET (establishment number): 14 digits, a valid Luhn key, and the first nine
 * digits equal to the company's SIREN. La Poste's establishments (SIREN 356000000) follow
 * their own rule: the sum of the digits is a multiple of 5.
 */
public final class SiretValidator {

	static final String LA_POSTE = "356000000";

	private SiretValidator() {
	}

	/**
	 * The message key of what is wrong, or {@code null} when the SIRET is valid for this
	 * SIREN.
	 */
	public static String problem(String value, String siren) {
		String siret = SirenValidator.normalise(value);
		if (!siret.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return "validation.siret.digits";
		}
		if (siret.length() != 14) {
			return "validation.siret.length";
		}
		boolean keyValid = siret.startsWith(LA_POSTE) ? siret.chars().map((c) -> c - '0').sum() % 5 == 0
				: Luhn.isValid(siret);
		if (!keyValid) {
			return "validation.siret.key";
		}
		if (siren != null && !siret.startsWith(siren)) {
			return "validation.siret.siren";
		}
		return null;
	}

}
