package fr.coopex.companies;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads NAF codes as people type them and writes them in the INSEE form.
 */
final class NafCodes {

	private static final Pattern COMPACT_CODE = Pattern.compile("[A-U]|\\d{2}|\\d{3}|\\d{4}|\\d{4}[A-Z]");

	private NafCodes() {
	}

	/** The INSEE form of a code (see {@link NafCatalogue#normalise}). */
	static Optional<String> normalise(String code) {
		if (code == null || code.length() > NafCatalogue.MAX_INPUT) {
			return Optional.empty();
		}
		String compact = compact(code);
		if (!COMPACT_CODE.matcher(compact).matches()) {
			return Optional.empty();
		}
		return Optional.of(compact.length() <= 2 ? compact : compact.substring(0, 2) + "." + compact.substring(2));
	}

	/** Upper case, without dots and spaces: {@code 28.41Z} becomes {@code 2841Z}. */
	static String compact(String code) {
		StringBuilder compact = new StringBuilder(code.length());
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c != '.' && !Character.isWhitespace(c)) {
				compact.append(Character.toUpperCase(c));
			}
		}
		return compact.toString();
	}

}
