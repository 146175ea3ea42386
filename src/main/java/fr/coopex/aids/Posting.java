package fr.coopex.aids;

import java.util.Arrays;
import java.util.List;

/** The aids of {@link CatalogueText} that contain a term, and its weight in each. */
record Posting(int[] ids, float[] weights) {

	/**
	 * The aids of several postings, each once with the weight of the first posting that
	 * holds it (the whole word before the words it begins), times that posting's factor.
	 */
	static TextMatches union(List<Posting> postings, List<Float> factors) {
		if (postings.isEmpty()) {
			return TextMatches.NONE;
		}
		if (postings.size() == 1) {
			Posting only = postings.get(0);
			float[] scores = new float[only.ids.length];
			for (int j = 0; j < scores.length; j++) {
				scores[j] = only.weights[j] * factors.get(0);
			}
			return new TextMatches(only.ids, scores);
		}
		int total = 0;
		for (Posting posting : postings) {
			total += posting.ids.length;
		}
		// each entry as its aid, then its place among all entries: once sorted, an aid's
		// first entry is that of the first posting holding it
		long[] entries = new long[total];
		float[] weights = new float[total];
		int k = 0;
		for (int p = 0; p < postings.size(); p++) {
			Posting posting = postings.get(p);
			for (int j = 0; j < posting.ids.length; j++, k++) {
				entries[k] = ((long) posting.ids[j] << 32) | k;
				weights[k] = posting.weights[j] * factors.get(p);
			}
		}
		Arrays.sort(entries);
		int[] ids = new int[total];
		float[] scores = new float[total];
		int found = 0;
		for (long entry : entries) {
			int id = (int) (entry >>> 32);
			if (found == 0 || ids[found - 1] != id) {
				ids[found] = id;
				scores[found++] = weights[(int) entry];
			}
		}
		return new TextMatches(Arrays.copyOf(ids, found), Arrays.copyOf(scores, found));
	}

	/** Gathers the aids of a term as they come, in position order. */
	static final class Builder {

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
