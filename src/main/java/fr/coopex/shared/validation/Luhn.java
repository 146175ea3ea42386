package fr.coopex.shared.validation;

/**
 * The Luhn checksum used by French SIREN and SIRET numbers.
 */
public final class Luhn {

	private Luhn() {
	}

	/**
	 * Whether a string of digits has a valid Luhn key.
	 * @param digits only ASCII digits
	 * @return true when the weighted sum is a multiple of 10
	 */
	public static boolean isValid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return false;
			}
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

}
