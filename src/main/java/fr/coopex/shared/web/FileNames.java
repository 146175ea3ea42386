package fr.coopex.shared.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Names of downloaded files that say what they are:
 * {@code releve-automate-2027-mecatronique-du-jura.pdf}.
 */
public final class FileNames {

	private FileNames() {
	}

	/**
	 * The words, lower case, accents and anything but letters and digits dropped, joined
	 * by hyphens (Relevé; Automate 2027; Mécatronique du Jura gives
	 * {@code releve-automate-2027-mecatronique-du-jura}); at most 100 characters.
	 */
	public static String slug(String... words) {
		String joined = String.join(" ", Arrays.stream(words).filter((w) -> w != null && !w.isBlank()).toList());
		String plain = Normalizer.normalize(joined, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace("œ", "oe")
			.replace("æ", "ae")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (plain.length() > 100) {
			plain = plain.substring(0, 100).replaceAll("-+$", "");
		}
		return plain.isEmpty() ? "export" : plain;
	}

}
