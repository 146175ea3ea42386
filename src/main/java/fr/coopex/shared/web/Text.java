package fr.coopex.shared.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folding for search: lower case, accents removed, spaces collapsed, so that "Île"
 * finds "ile" and "MÉCANIQUE" finds "mecanique".
 */
public final class Text {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Text() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return SPACES.matcher(MARKS.matcher(decomposed).replaceAll(""))
			.replaceAll(" ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * A LIKE pattern that finds the folded text literally anywhere ({@code %} and
	 * {@code _} escaped).
	 */
	public static String containsPattern(String text) {
		return "%" + fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** Cuts a text to at most {@code max} characters (null stays null). */
	public static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/** Null for a blank text, the stripped text otherwise. */
	public static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
