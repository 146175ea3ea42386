package fr.coopex.observatory;

/**
 * Small-cell suppression, so that no firm can be singled out. A count of fewer than
 * {@link #THRESHOLD} companies (but not zero) is suppressed: the primary suppression.
 * When counts add up to a total that is shown (the categories of one field, a row of a
 * cross-tabulation), the suppressed ones could be recovered by subtraction: as long as
 * what the suppressed cells hold together is below the threshold (one of them alone, or
 * two of 1 and 2), the smallest count still shown is suppressed too (the secondary
 * suppression). When nothing is left to suppress, the total goes as well.
 */
public final class Suppression {

	/** The fewest companies a figure may rest on. */
	public static final int THRESHOLD = 5;

	private Suppression() {
	}

	/** Whether a count is too small to show. */
	public static boolean primary(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/**
	 * Suppresses, in place, the cells that a shown total would give away: {@code counts}
	 * add up to the total; {@code suppressed} holds the primary suppression on entry.
	 * @return whether the total itself must be suppressed
	 */
	public static boolean secondary(long[] counts, Suppressed[] suppressed) {
		while (true) {
			long hidden = 0;
			int hiddenCells = 0;
			for (int i = 0; i < counts.length; i++) {
				if (suppressed[i] != Suppressed.NO) {
					hidden += counts[i];
					hiddenCells++;
				}
			}
			if (hiddenCells == 0 || hidden >= THRESHOLD) {
				return false;
			}
			int smallest = -1;
			for (int i = 0; i < counts.length; i++) {
				if (suppressed[i] == Suppressed.NO && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
					smallest = i;
				}
			}
			if (smallest < 0) {
				return true;
			}
			suppressed[smallest] = Suppressed.SECONDARY;
		}
	}

	/** The primary suppression of counts that add up to {@code base}. */
	static Suppressed[] primary(long[] counts, long base) {
		Suppressed[] suppressed = new Suppressed[counts.length];
		for (int i = 0; i < counts.length; i++) {
			suppressed[i] = (base < THRESHOLD || primary(counts[i])) ? Suppressed.PRIMARY : Suppressed.NO;
		}
		return suppressed;
	}

	/** Whether a figure is shown, and if not, why. */
	public enum Suppressed {

		/** Shown. */
		NO,
		/** Fewer than five companies. */
		PRIMARY,
		/** Shown, it would give away a suppressed figure. */
		SECONDARY

	}

}
