package fr.coopex.companies;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the directory's search: the runs of letters and digits of a folded text
 * ({@code Text.fold}). A profile keeps its searched fields as lines of words, each after
 * a space ({@code " machines outils pour l industrie"}), and each distinct word in an
 * index ({@code company_search_word}, cut to {@value #MAX_LENGTH} characters); a query
 * finds the profiles where its words, in order, begin words of one field the viewer sees.
 */
final class SearchWords {

	/** The longest word kept in the index; a longer one is kept by its beginning. */
	static final int MAX_LENGTH = 40;

	/** The most words of a query looked up in the index (the longest ones). */
	static final int MAX_LOOKED_UP = 3;

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchWords() {
	}

	/** The words of a folded text, in order. */
	static List<String> list(String folded) {
		if (folded == null) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(folded)).filter((word) -> !word.isEmpty()).toList();
	}

	/**
	 * The stored line of a folded text: each word after a space, at most {@code max}
	 * characters; null when it has no word.
	 */
	static String line(String folded, int max) {
		List<String> words = list(folded);
		if (words.isEmpty()) {
			return null;
		}
		String line = " " + String.join(" ", words);
		return line.length() > max ? line.substring(0, max) : line;
	}

	/** The distinct words of a folded text as the index keeps them. */
	static Set<String> indexed(String folded) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : list(folded)) {
			words.add(cut(word));
		}
		return words;
	}

	/** A word as the index keeps it: its first {@value #MAX_LENGTH} characters. */
	static String cut(String word) {
		return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
	}

	/**
	 * The words of a folded query to look up in the index, longest first (the longest are
	 * usually the rarest).
	 */
	static List<String> lookedUp(String folded) {
		return indexed(folded).stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(MAX_LOOKED_UP)
			.toList();
	}

}
