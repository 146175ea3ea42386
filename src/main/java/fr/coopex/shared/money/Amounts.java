package fr.coopex.shared.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one parser of decimal amounts typed by people or read from files: money, areas,
 * rates, weights. It accepts French and international writing, {@code 2 400,50},
 * {@code 2400,50}, {@code 2400.50}, {@code 2,400.50}, with a normal, non-breaking
 * (U+00A0), narrow no-break (U+202F) or thin (U+2009) space, a comma or a point between
 * groups of three digits. Its length and digits are bounded before any number is made,
 * and it knows no exponent: {@code 1e3000000} is refused at once instead of costing
 * seconds of arithmetic. The value is exact: what is typed, as a {@link BigDecimal}.
 * <p>
 * A lone comma or point is the decimal separator ({@code 2,5} and {@code 2.5} are two and
 * a half), except in English where {@code 2,400} is two thousand four hundred; with both,
 * the last one is the decimal separator.
 */
public final class Amounts {

	/** The longest text read as an amount. */
	public static final int MAX_LENGTH = 40;

	/**
	 * The most digits before the decimal separator (below a thousand billion billions).
	 */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** The most digits after the decimal separator. */
	public static final int MAX_FRACTION_DIGITS = 6;

	/** A number as JSON writes it, with a small exponent at most. */
	private static final Pattern JSON_NUMBER = Pattern
		.compile("-?[0-9]{1,15}(?:\\.[0-9]{1,6})?(?:[eE][+-]?[0-9]{1,2})?");

	private Amounts() {
	}

	/**
	 * Reads an amount typed in the given language ({@code null}: a file, where a lone
	 * comma is a decimal separator). Blank gives {@code null}.
	 * @throws NumberFormatException when the text is not an amount
	 */
	public static BigDecimal parse(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_LENGTH) {
			throw new NumberFormatException("Too long for an amount");
		}
		String s = AmountText.strip(text);
		String sign = "";
		if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '\u2212')) {
			sign = (s.charAt(0) == '+') ? "" : "-";
			s = s.substring(1);
		}
		int comma = s.lastIndexOf(',');
		int point = s.lastIndexOf('.');
		int decimal;
		if (comma >= 0 && point >= 0) {
			decimal = Math.max(comma, point);
		}
		else if (comma >= 0) {
			boolean english = locale != null && "en".equals(locale.getLanguage());
			decimal = (english && AmountText.COMMA_GROUPS.matcher(s).matches()) || s.indexOf(',') != comma ? -1 : comma;
		}
		else if (point >= 0) {
			decimal = (s.indexOf('.') != point) ? -1 : point;
		}
		else {
			decimal = -1;
		}
		String integer = (decimal < 0) ? s : s.substring(0, decimal);
		String fraction = (decimal < 0) ? "" : s.substring(decimal + 1);
		integer = AmountText.ungroup(integer);
		if (!AmountText.DIGITS.matcher(fraction).matches() || (integer.isEmpty() && fraction.isEmpty())
				|| (decimal >= 0 && fraction.isEmpty())) {
			throw new NumberFormatException("Not an amount");
		}
		// 2,400 typed in French is two and four tenths: the zeros after the cents add
		// nothing, and would read as a third decimal
		while (fraction.length() > 2 && fraction.endsWith("0")) {
			fraction = fraction.substring(0, fraction.length() - 1);
		}
		String significant = integer.replaceFirst("^0+(?=.)", "");
		if (significant.length() > MAX_INTEGER_DIGITS || fraction.length() > MAX_FRACTION_DIGITS) {
			throw new NumberFormatException("Too many digits for an amount");
		}
		return new BigDecimal(sign + (integer.isEmpty() ? "0" : integer) + (fraction.isEmpty() ? "" : "." + fraction));
	}

	/**
	 * Reads a number as JSON writes it ({@code 1500.00}, {@code 1.5E3}), refusing long
	 * ones and large exponents before any arithmetic.
	 * @throws NumberFormatException when the text is not such a number
	 */
	public static BigDecimal parseJson(String text) {
		if (text == null || text.length() > MAX_LENGTH || !JSON_NUMBER.matcher(text).matches()) {
			throw new NumberFormatException("Not an amount");
		}
		BigDecimal value = new BigDecimal(text);
		if (value.scale() > MAX_FRACTION_DIGITS || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
			throw new NumberFormatException("Too many digits for an amount");
		}
		return value;
	}

}
