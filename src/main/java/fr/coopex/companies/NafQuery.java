package fr.coopex.companies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.coopex.shared.text.FrenchAnalysis;

/**
 * A NAF search text split into code prefixes and label words.
 */
record NafQuery(List<String> codePrefixes, List<String> words) {

	/** A search word that reads as the start of a code: 2, 28, 28., 284, 28.4, 28.41Z. */
	private static final Pattern CODE_PREFIX = Pattern.compile("(?i)\\d|\\d{2}\\.?\\d{0,2}|\\d{2}\\.?\\d{2}[a-z]");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

	static NafQuery parse(String text) {
		List<String> codes = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (String token : SEPARATORS.split(text.strip())) {
			if (CODE_PREFIX.matcher(token).matches()) {
				codes.add(NafCodes.compact(token));
			}
			else {
				words.addAll(FrenchAnalysis.terms(token));
			}
		}
		return new NafQuery(List.copyOf(codes), List.copyOf(words));
	}

	boolean isEmpty() {
		return this.codePrefixes.isEmpty() && this.words.isEmpty();
	}

	/** The compact code the whole text names, when it is one full sub-class code. */
	String exactCode() {
		return (this.words.isEmpty() && this.codePrefixes.size() == 1) ? this.codePrefixes.get(0) : null;
	}

}
