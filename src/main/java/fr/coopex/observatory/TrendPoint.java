package fr.coopex.observatory;

import java.time.LocalDate;

/**
 * One month of a territory's trend: the companies that lent their export situation and
 * the share of them that export; the same for the obstacles.
 *
 * @param month the first day of the month
 * @param situation the exporting companies out of those that lent their situation
 * @param difficulties the companies citing an obstacle out of those that lent theirs
 */
public record TrendPoint(LocalDate month, Cell situation, Cell difficulties) {

	/**
	 * A figure out of its base, both suppressed as a two-category table is: the figure
	 * goes when it, or its complement, rests on fewer than five companies.
	 */
	static Cell of(String key, long count, long base) {
		if (base < Suppression.THRESHOLD) {
			return new Cell(key, null, null, Suppression.Suppressed.PRIMARY);
		}
		boolean hidden = Suppression.primary(count) || Suppression.primary(base - count);
		return new Cell(key, hidden ? null : count, base,
				hidden ? Suppression.Suppressed.PRIMARY : Suppression.Suppressed.NO);
	}

}
