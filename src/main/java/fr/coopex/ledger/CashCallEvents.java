package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What happens to cash calls that are late, for notifications and the audit trail. Ids
 * and values only.
 */
public final class CashCallEvents {

	private CashCallEvents() {
	}

	/**
	 * A company is reminded of a cash call line it still owes.
	 *
	 * @param late whether the due date has passed
	 * @param by the coordinator who sent it by hand, or null for the automatic reminders
	 */
	public record ReminderDue(long poolId, long ecosystemId, String poolTitle, long cashCallId, String label,
			long companyId, BigDecimal amount, LocalDate dueOn, boolean late, Long by) {
	}

	/** How a default was settled. */
	public enum Outcome {

		/** The member is let off: the coordination body bears the amount. */
		WAIVER,
		/** The member's share is split among the other participants. */
		RESPLIT

	}

	/**
	 * The outcome of a company's default on a cash call was recorded, with its reason.
	 *
	 * @param consultationId the consultation the re-split follows, or null
	 */
	public record DefaultSettled(long poolId, long ecosystemId, String poolTitle, long cashCallId, long companyId,
			Outcome outcome, BigDecimal amount, String reason, Long consultationId, long by) {
	}

}
