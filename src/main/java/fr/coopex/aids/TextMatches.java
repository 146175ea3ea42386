package fr.coopex.aids;

import java.util.Arrays;

/**
 * Aids found by a text, by position in ascending order, with their scores. The arrays are
 * not to be changed: a posting's and the whole catalogue's are shared.
 */
record TextMatches(int[] ids, float[] scores) {

	static final TextMatches NONE = new TextMatches(new int[0], new float[0]);

	/** The aids found by both, their scores added. */
	TextMatches and(TextMatches other) {
		int[] ids = new int[Math.min(this.ids.length, other.ids.length)];
		float[] scores = new float[ids.length];
		int found = 0;
		for (int i = 0, j = 0; i < this.ids.length && j < other.ids.length;) {
			if (this.ids[i] < other.ids[j]) {
				i++;
			}
			else if (this.ids[i] > other.ids[j]) {
				j++;
			}
			else {
				ids[found] = this.ids[i];
				scores[found++] = this.scores[i++] + other.scores[j++];
			}
		}
		return new TextMatches(Arrays.copyOf(ids, found), Arrays.copyOf(scores, found));
	}

}
