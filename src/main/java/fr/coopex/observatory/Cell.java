package fr.coopex.observatory;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.coopex.observatory.Suppression.Suppressed;

/**
 * One figure of a table: how many companies fall in a category, out of how many the
 * figure rests on; null when suppressed.
 *
 * @param key the category (an enum name, a code, or a band)
 * @param count the companies, or null when suppressed
 * @param base the companies the figure rests on, or null when that too is suppressed
 * @param suppressed whether and why it is not shown
 */
public record Cell(String key, Long count, Long base, Suppressed suppressed) {

	static Cell of(String key, long count, Long base, Suppressed suppressed) {
		return new Cell(key, (suppressed == Suppressed.NO) ? count : null, base, suppressed);
	}

	/** Whether the figure is shown. */
	public boolean shown() {
		return this.suppressed == Suppressed.NO;
	}

	/** The share of the base, in percent with one decimal, or null when not shown. */
	public BigDecimal percent() {
		if (!shown() || this.base == null || this.base == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.count * 100).divide(BigDecimal.valueOf(this.base), 1, RoundingMode.HALF_UP);
	}

}
