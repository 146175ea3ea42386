package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

	/**
	 * A company's person declared a payment on one of its cash call lines; it waits for a
	 * manager of the pool to confirm or reject it.
	 *
	 * @param companyName the company's name, as its own person gave it
	 * @param managerIds the people named managers of the pool when it was opened (the
	 * ecosystem's coordinators run it too)
	 */
	public record PaymentDeclared(long poolId, long ecosystemId, String poolTitle, long declarationId, long cashCallId,
			String label, long companyId, String companyName, BigDecimal amount, LocalDate paidOn, long declaredBy,
			List<Long> managerIds) {

		public PaymentDeclared {
			managerIds = List.copyOf(managerIds);
		}

	}

	/**
	 * A manager confirmed a declared payment: it is now a payment of the ledger.
	 */
	public record PaymentDeclarationConfirmed(long poolId, String poolTitle, long declarationId, long cashCallId,
			String label, long companyId, BigDecimal amount, LocalDate paidOn, long paymentId, long declaredBy,
			long confirmedBy) {
	}

	/** A manager rejected a declared payment, with the reason the company is told. */
	public record PaymentDeclarationRejected(long poolId, String poolTitle, long declarationId, long cashCallId,
			String label, long companyId, BigDecimal amount, LocalDate paidOn, String reason, long declaredBy,
			long rejectedBy) {
	}

}
