package fr.coopex.aids;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of a text as the catalogue search compares them: lower case, without accents, and
 * reduced to a light French stem so that the usual forms of a word meet ("salon" and
 * "salons", "régional", "régionale" and "régionaux", "collectif" and "collectives",
 * "exporter" and "export"). The same reduction runs on the catalogue and on the query, so
 * it only has to be consistent, not linguistically perfect; it never removes more than a
 * plural, a feminine ending and an infinitive.
 */
final class FrenchStemmer {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Words that carry no meaning in a search; dropped from texts and queries. */
	private static final Set<String> STOP_WORDS = Set.of("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l",
			"la", "le", "les", "ou", "par", "pour", "sur", "un", "une", "dans", "avec", "son", "sa", "ses", "qui",
			"que", "the", "of", "for", "and", "to", "in", "an", "or");

	private FrenchStemmer() {
	}

	/** Lower case, accents removed, ligatures spelt out. */
	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (isAscii(lower)) {
			return lower;
		}
		lower = lower.replace("œ", "oe").replace("æ", "ae");
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	/** The stems of the meaningful words of a text, in order (repeats kept). */
	static List<String> stems(String text) {
		List<String> stems = new ArrayList<>();
		if (text == null) {
			return stems;
		}
		for (String word : words(fold(text))) {
			if (!STOP_WORDS.contains(word)) {
				stems.add(stem(word));
			}
		}
		return stems;
	}

	/** The words of a folded text: runs of letters and digits. */
	static List<String> words(String folded) {
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
			if (letter && start < 0) {
				start = i;
			}
			else if (!letter && start >= 0) {
				words.add(folded.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	/** The stem of one folded word. */
	static String stem(String word) {
		String w = word;
		if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
			return w;
		}
		// plurals: réseaux -> réseau, régionaux -> régional, salons -> salon
		if (w.endsWith("eaux")) {
			w = w.substring(0, w.length() - 1);
		}
		else if (w.endsWith("aux") && w.length() > 4) {
			w = w.substring(0, w.length() - 3) + "al";
		}
		else if (w.endsWith("s") || w.endsWith("x")) {
			w = w.substring(0, w.length() - 1);
		}
		// feminine: régionale -> régional, entreprise -> entrepris
		if (w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")) {
			w = w.substring(0, w.length() - 1);
		}
		// infinitives: exporter -> export, prospecter -> prospect
		if (w.length() > 5 && w.endsWith("er")) {
			w = w.substring(0, w.length() - 2);
		}
		// collective -> collectiv -> collectif
		if (w.endsWith("iv")) {
			w = w.substring(0, w.length() - 1) + "f";
		}
		// nouvelle -> nouvell -> nouvel
		int n = w.length();
		if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lnt".indexOf(w.charAt(n - 1)) >= 0) {
			w = w.substring(0, n - 1);
		}
		return w;
	}

}
