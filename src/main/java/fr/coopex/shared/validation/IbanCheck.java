package fr.coopex.shared.validation;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/**
 * International bank account numbers (ISO 13616): a country code, two check digits, then
 * the national account number, at most 34 characters. The check digits make the number,
 * with its first four characters moved to the end and each letter read as two digits (A =
 * 10 … Z = 35), leave a remainder of 1 when divided by 97 (ISO 7064 MOD 97-10). The
 * length is checked for the countries of the SEPA area, whose lengths are fixed.
 */
public final class IbanCheck {

	/** What is wrong with a number, each with its message. */
	public enum Problem {

		CHARACTERS, LENGTH, KEY

	}

	/** Lengths of the IBANs of the SEPA area (SWIFT's IBAN registry). */
	private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("AD", 24), Map.entry("AT", 20),
			Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24),
			Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
			Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21),
			Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21),
			Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31),
			Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
			Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("VA", 22));

	private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

	private IbanCheck() {
	}

	/** The number as stored: without spaces, in capitals. */
	public static String normalize(String iban) {
		return (iban == null) ? null : iban.replaceAll("[\\s\\u00a0\\u202f-]", "").toUpperCase(Locale.ROOT);
	}

	/** What is wrong with this number (spaces allowed), or null when it is valid. */
	public static Problem problem(String iban) {
		String number = normalize(iban);
		if (number == null || !number.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")) {
			return (number != null && number.length() > 34) ? Problem.LENGTH : Problem.CHARACTERS;
		}
		Integer length = LENGTHS.get(number.substring(0, 2));
		if (number.length() < 15 || number.length() > 34 || (length != null && number.length() != length)) {
			return Problem.LENGTH;
		}
		String rearranged = number.substring(4) + number.substring(0, 4);
		StringBuilder digits = new StringBuilder(rearranged.length() * 2);
		for (char c : rearranged.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1 ? null : Problem.KEY;
	}

	public static boolean isValid(String iban) {
		return problem(iban) == null;
	}

	/** The number in groups of four, as printed on bank details. */
	public static String grouped(String iban) {
		String number = normalize(iban);
		return (number == null) ? null : number.replaceAll("(.{4})(?!$)", "$1 ");
	}

	/** A BIC (ISO 9362): bank, country, location, optional branch; 8 or 11 characters. */
	public static boolean isValidBic(String bic) {
		String code = normalize(bic);
		return code != null && code.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
	}

}
