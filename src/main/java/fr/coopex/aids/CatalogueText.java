package fr.coopex.aids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import fr.coopex.shared.text.FrenchAnalysis;

/**
 * The words of the catalogue's aids, for {@link CatalogueIndex}: for each stem, the aids
 * holding it with its weight there (the weight of the field it is in), and each aid's
 * folded text for literal searches. Immutable once built.
 */
final class CatalogueText {

	/** A prefix match of the last word counts less than the whole word. */
	static final float PREFIX = 0.6f;

	private static final int MAX_PREFIX_TERMS = 200;

	private final NavigableMap<String, Posting> postings;

	private final String[] literal;

	/** Every aid, with no score: what no text finds. */
	private final TextMatches all;

	private CatalogueText(NavigableMap<String, Posting> postings, String[] literal) {
		this.postings = postings;
		this.literal = literal;
		int[] ids = new int[literal.length];
		Arrays.setAll(ids, (i) -> i);
		this.all = new TextMatches(ids, new float[literal.length]);
	}

	/**
	 * The aids whose texts match, with their scores: every word must match, the last one
	 * also as a prefix (searching as one types), each adding its weight to the score; a
	 * query with no word at all (only punctuation) is looked for literally; no text gives
	 * every aid. It costs about as much as the postings of the query's words hold, not as
	 * much as the catalogue.
	 */
	TextMatches match(String text) {
		int n = this.literal.length;
		if (text == null || text.isBlank()) {
			return this.all;
		}
		List<String> terms = new ArrayList<>(new LinkedHashSet<>(FrenchAnalysis.terms(text)));
		if (terms.isEmpty()) {
			String folded = FrenchAnalysis.fold(text.strip());
			int[] ids = new int[n];
			int found = 0;
			for (int i = 0; i < n; i++) {
				if (this.literal[i].contains(folded)) {
					ids[found++] = i;
				}
			}
			return new TextMatches(Arrays.copyOf(ids, found), new float[found]);
		}
		boolean lastIsPrefix = !Character.isWhitespace(text.charAt(text.length() - 1));
		TextMatches result = null;
		for (int t = 0; t < terms.size() && (result == null || result.ids().length > 0); t++) {
			String term = terms.get(t);
			List<Posting> postings = new ArrayList<>();
			List<Float> factors = new ArrayList<>();
			Posting exact = this.postings.get(term);
			if (exact != null) {
				postings.add(exact);
				factors.add(1f);
			}
			if (t == terms.size() - 1 && lastIsPrefix && term.length() >= 2) {
				int expanded = 0;
				for (Posting posting : this.postings.subMap(term, false, term + Character.MAX_VALUE, false).values()) {
					postings.add(posting);
					factors.add(PREFIX);
					if (++expanded >= MAX_PREFIX_TERMS) {
						break;
					}
				}
			}
			TextMatches found = Posting.union(postings, factors);
			result = (result == null) ? found : result.and(found);
		}
		return result;
	}

	/** Takes the aids' texts in position order, then builds the index. */
	static final class Builder {

		private final Map<String, Posting.Builder> building = new HashMap<>();

		private final String[] literal;

		private Map<String, Float> weights;

		Builder(int size) {
			this.literal = new String[size];
		}

		/** Starts the texts of the aid at {@code position}, folded as a whole. */
		Builder aid(int position, String wholeText) {
			this.flush();
			this.literal[position] = FrenchAnalysis.fold(wholeText);
			this.weights = new HashMap<>();
			this.position = position;
			return this;
		}

		private int position = -1;

		/**
		 * A text of the current aid whose words weigh {@code weight} (the best counts).
		 */
		Builder field(String text, float weight) {
			if (text != null) {
				for (String stem : FrenchAnalysis.terms(text)) {
					this.weights.merge(stem, weight, Math::max);
				}
			}
			return this;
		}

		CatalogueText build() {
			this.flush();
			TreeMap<String, Posting> frozen = new TreeMap<>();
			this.building.forEach((term, builder) -> frozen.put(term, builder.build()));
			return new CatalogueText(frozen, this.literal);
		}

		private void flush() {
			if (this.weights != null) {
				for (Map.Entry<String, Float> entry : this.weights.entrySet()) {
					this.building.computeIfAbsent(entry.getKey(), (k) -> new Posting.Builder())
						.add(this.position, entry.getValue());
				}
				this.weights = null;
			}
		}

	}

}
