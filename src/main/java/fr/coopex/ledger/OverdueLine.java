package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One company's line of a cash call that is still outstanding.
 *
 * @param companyName the name the viewer may see
 * @param daysLate days since the due date (0 or less: not late yet)
 * @param lastReminded the last day a reminder was sent, or null
 * @param remindedToday whether a reminder was already sent by hand today
 * @param declared whether the company declared its payment and the managers have not
 * decided yet (no reminder meanwhile)
 */
public record OverdueLine(long poolId, String poolTitle, long ecosystemId, long cashCallId, String label,
		LocalDate dueOn, long companyId, String companyName, BigDecimal outstanding, long daysLate,
		LocalDate lastReminded, boolean remindedToday, boolean declared) {

	/** Whether the due date has passed. */
	public boolean late() {
		return this.daysLate > 0;
	}

}
