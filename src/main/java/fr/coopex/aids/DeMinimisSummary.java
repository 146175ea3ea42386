package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A firm's de minimis position on a day: what it received over the rolling period against
 * the ceiling.
 *
 * @param from the first day of the period (counted)
 * @param to the day the position is read
 * @param total the de minimis aid received from {@code from} to {@code to}
 * @param ceiling the ceiling over the period
 * @param remaining what may still be received (zero when over)
 * @param entries how many aids the total adds up
 * @param years the length of the period
 * @param source the regulation the ceiling comes from
 */
public record DeMinimisSummary(LocalDate from, LocalDate to, BigDecimal total, BigDecimal ceiling, BigDecimal remaining,
		int entries, int years, String source) {

	/** Whether the firm already received more than the ceiling. */
	public boolean over() {
		return this.total.compareTo(this.ceiling) > 0;
	}

	/** How much of the ceiling is used, in whole percent (at most 100), for a bar. */
	public int percentUsed() {
		if (this.total.signum() <= 0) {
			return 0;
		}
		return Math.min(100,
				this.total.multiply(BigDecimal.valueOf(100))
					.divide(this.ceiling, 0, java.math.RoundingMode.HALF_UP)
					.intValue());
	}

	/** Whether receiving this amount more would take the firm over the ceiling. */
	public boolean wouldExceedWith(BigDecimal amount) {
		return amount != null && this.total.add(amount).compareTo(this.ceiling) > 0;
	}

}
