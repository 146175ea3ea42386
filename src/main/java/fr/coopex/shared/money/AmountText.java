package fr.coopex.shared.money;

import java.util.regex.Pattern;

/**
 * The spaces and groupings of three digits that {@link Amounts} reads around the digits.
 */
final class AmountText {

	private static final String SPACES = " \u00A0\u202F\u2009";

	static final Pattern DIGITS = Pattern.compile("[0-9]*");

	private static final Pattern SPACE_GROUPS = Pattern.compile("[0-9]{1,3}(?:[" + SPACES + "][0-9]{3})+");

	static final Pattern COMMA_GROUPS = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+");

	private static final Pattern POINT_GROUPS = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{3})+");

	private AmountText() {
	}

	/** Takes the spaces off the ends, whatever their kind. */
	static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (SPACES.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
			start++;
		}
		while (end > start
				&& (SPACES.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(start, end);
	}

	/**
	 * The digits of an integer part, plain or grouped by three, without the groupings.
	 */
	static String ungroup(String integer) {
		if (DIGITS.matcher(integer).matches()) {
			return integer;
		}
		if (SPACE_GROUPS.matcher(integer).matches() || COMMA_GROUPS.matcher(integer).matches()
				|| POINT_GROUPS.matcher(integer).matches()) {
			StringBuilder digits = new StringBuilder(integer.length());
			for (int i = 0; i < integer.length(); i++) {
				if (Character.isDigit(integer.charAt(i))) {
					digits.append(integer.charAt(i));
				}
			}
			return digits.toString();
		}
		throw new NumberFormatException("Not an amount");
	}

}
