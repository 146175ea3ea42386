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

	private CatalogueText(NavigableMap<String, Posting> postings, String[] literal) {
		this.postings = postings;
		this.literal = literal;
	}

	/**
	 * Marks the aids whose texts match, adding each word's weight to their score: every
	 * word must match, the last one also as a prefix (searching as one types); a query
	 * with no word at all (only punctuation) is looked for literally.
	 */
	boolean[] match(String text, float[] score) {
		int n = this.literal.length;
		boolean[] match = new boolean[n];
		if (text == null || text.isBlank()) {
			Arrays.fill(match, true);
			return match;
		}
		List<String> terms = new ArrayList<>(new LinkedHashSet<>(FrenchAnalysis.terms(text)));
		if (terms.isEmpty()) {
			String folded = FrenchAnalysis.fold(text.strip());
			for (int i = 0; i < n; i++) {
				match[i] = this.literal[i].contains(folded);
			}
			return match;
		}
		boolean lastIsPrefix = !Character.isWhitespace(text.charAt(text.length() - 1));
		int[] hits = new int[n];
		for (int t = 0; t < terms.size(); t++) {
			String term = terms.get(t);
			Posting exact = this.postings.get(term);
			if (exact != null) {
				walk(exact, t, 1f, hits, score);
			}
			if (t == terms.size() - 1 && lastIsPrefix && term.length() >= 2) {
				int expanded = 0;
				for (Posting posting : this.postings.subMap(term, false, term + Character.MAX_VALUE, false).values()) {
					walk(posting, t, PREFIX, hits, score);
					if (++expanded >= MAX_PREFIX_TERMS) {
						break;
					}
				}
			}
		}
		for (int i = 0; i < n; i++) {
			match[i] = hits[i] == terms.size();
		}
		return match;
	}

	/** Counts a document for term t once, when every earlier term matched it. */
	private static void walk(Posting posting, int t, float factor, int[] hits, float[] score) {
		for (int j = 0; j < posting.ids.length; j++) {
			int id = posting.ids[j];
			if (hits[id] == t) {
				hits[id] = t + 1;
				score[id] += posting.weights[j] * factor;
			}
		}
	}

	/** The aids that contain a term, and its weight in each. */
	private record Posting(int[] ids, float[] weights) {
	}

	/** Takes the aids' texts in position order, then builds the index. */
	static final class Builder {

		private final Map<String, PostingBuilder> building = new HashMap<>();

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
					this.building.computeIfAbsent(entry.getKey(), (k) -> new PostingBuilder())
						.add(this.position, entry.getValue());
				}
				this.weights = null;
			}
		}

	}

	private static final class PostingBuilder {

		private int[] ids = new int[4];

		private float[] weights = new float[4];

		private int size;

		void add(int id, float weight) {
			if (this.size == this.ids.length) {
				this.ids = Arrays.copyOf(this.ids, this.size * 2);
				this.weights = Arrays.copyOf(this.weights, this.size * 2);
			}
			this.ids[this.size] = id;
			this.weights[this.size++] = weight;
		}

		Posting build() {
			return new Posting(Arrays.copyOf(this.ids, this.size), Arrays.copyOf(this.weights, this.size));
		}

	}

}
