package fr.coopex.companies;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.coopex.shared.text.FrenchAnalysis;

/**
 * A sub-class with its compact code, the analysed words of its own label, and those of
 * its own label, its parents' labels and its keywords.
 */
record NafSearchable(NafEntry entry, String compactCode, Set<String> ownWords, Set<String> allWords) {

	NafSearchable(NafEntry entry, List<String> ancestorLabels, String keywords) {
		this(entry, NafCodes.compact(entry.code()), Set.copyOf(FrenchAnalysis.terms(entry.label())),
				allWords(entry.label(), ancestorLabels, keywords));
	}

	private static Set<String> allWords(String label, List<String> ancestorLabels, String keywords) {
		Set<String> words = new HashSet<>(FrenchAnalysis.terms(label));
		ancestorLabels.forEach((l) -> words.addAll(FrenchAnalysis.terms(l)));
		words.addAll(FrenchAnalysis.terms(keywords));
		return Set.copyOf(words);
	}

	boolean matches(NafQuery query) {
		for (String prefix : query.codePrefixes()) {
			if (!this.compactCode.startsWith(prefix)) {
				return false;
			}
		}
		for (String word : query.words()) {
			if (this.allWords.stream().noneMatch((w) -> w.startsWith(word))) {
				return false;
			}
		}
		return true;
	}

	/** How many words of the query the sub-class's own label holds. */
	int ownMatches(NafQuery query) {
		int count = 0;
		for (String word : query.words()) {
			if (this.ownWords.stream().anyMatch((w) -> w.startsWith(word))) {
				count++;
			}
		}
		return count;
	}

}
