package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What happens in the ledger, for notifications, the audit trail and other modules. Ids
 * and values only.
 */
public final class LedgerEvents {

	private LedgerEvents() {
	}

	/** A split was posted (first time, after an amendment or after a withdrawal). */
	public record SplitPosted(long poolId, long ecosystemId, String title, List<Long> companyIds, BigDecimal total,
			Long postedBy) {
	}

	/**
	 * Deposits were called from the participants.
	 *
	 * @param cashCallId the cash call (0 when not known)
	 * @param ecosystemId the pool's ecosystem (0 when not known)
	 * @param amounts what each company is asked (empty when not known)
	 */
	public record DepositsCalled(long poolId, String title, LocalDate dueOn, List<Long> companyIds, long calledBy,
			long cashCallId, long ecosystemId, Map<Long, BigDecimal> amounts) {

		public DepositsCalled {
			amounts = (amounts == null) ? Map.of() : Map.copyOf(amounts);
		}

		public DepositsCalled(long poolId, String title, LocalDate dueOn, List<Long> companyIds, long calledBy) {
			this(poolId, title, dueOn, companyIds, calledBy, 0, 0, Map.of());
		}

	}

	/** A payment was recorded ({@code null} company: the coordination body). */
	public record PaymentRecorded(long poolId, String title, Long payerCompanyId, Long payeeCompanyId,
			BigDecimal amount, long recordedBy) {
	}

	/** A participant left the pool; what it paid is owed back to it. */
	public record ParticipantWithdrew(long poolId, String title, long companyId, Long by) {
	}

	/**
	 * The consistency check found pools whose posted shares do not add up to their total
	 * (or whose entries do not balance): something wrote to the ledger outside Coopex.
	 */
	public record InconsistentPoolsFound(List<Long> poolIds) {
	}

	/**
	 * A change to a pool that is not a posting, a payment, a cash call or a withdrawal.
	 */
	public enum PoolChange {

		/** A cost line was added. */
		COST_ITEM_ADDED,
		/** A cost line was edited. */
		COST_ITEM_CHANGED,
		/** A cost line was deleted. */
		COST_ITEM_REMOVED,
		/** The pool's allocation key was changed. */
		KEY_CHANGED,
		/** A participant's area or weight was typed. */
		PARTICIPANT_KEYS_SET,
		/** A subsidy was added. */
		SUBSIDY_ADDED,
		/** A subsidy was deleted. */
		SUBSIDY_REMOVED,
		/** A posted pool was reopened for an amendment. */
		REOPENED,
		/** A company's person declared a payment on a cash call line. */
		PAYMENT_DECLARED,
		/** A manager confirmed a declared payment (recorded as a payment). */
		DECLARATION_CONFIRMED,
		/** A manager rejected a declared payment. */
		DECLARATION_REJECTED

	}

	/**
	 * A pool was changed, for the audit trail.
	 *
	 * @param detail what changed, in plain values (a cost line's label and amount, a key)
	 * @param by the person who changed it ({@code null} when not known)
	 */
	public record PoolChanged(long poolId, String title, PoolChange change, String detail, Long by) {
	}

}
