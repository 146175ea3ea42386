package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;

/**
 * Payments a member company declares it made on one of its cash call lines. Competitors
 * share a pool, so a company's own word never moves the ledger: its declaration waits,
 * shown at once to the company and to the pool's managers, until a manager confirms it
 * (it is then recorded as a payment from the company to the coordination body, exactly as
 * a payment the manager enters, with the declaration and the confirmation in the audit
 * trail) or rejects it with a reason the company is told. While a declaration of a line
 * waits, the automatic reminders of that line are not sent, and the company may not
 * declare another payment on it.
 * <p>
 * A declaration asks more than zero and no more than what is still outstanding on the
 * line, on a date that is not in the future. Declarations and decisions are written once
 * ({@code ledger_payment_declaration}, {@code ledger_payment_declaration_decision}); both
 * the declaration and the decision lock the pool's row and move it to a new version, so
 * that a form built on an older version (a double post) is refused as stale.
 * <p>
 * A facade: each method opens the transaction and hands over to a package-private part
 * (the page reads, the commands, the rows).
 */
@Service
public class PaymentDeclarations {

	/** The longest bank reference kept. */
	public static final int MAX_REFERENCE = DraftRules.MAX_LABEL;

	/** How many decided declarations of a pool its pages show (the latest). */
	static final int DECIDED_SHOWN = 20;

	/** The longest reason of a rejection kept. */
	public static final int MAX_REASON = 1000;

	private final DeclarationReads reads;

	private final DeclarationCommands commands;

	private final DeclarationRows rows;

	PaymentDeclarations(DeclarationReads reads, DeclarationCommands commands, DeclarationRows rows) {
		this.reads = reads;
		this.commands = commands;
		this.rows = rows;
	}

	/** What a company's person declares: how much, when, and the bank's reference. */
	public record DeclarationDraft(BigDecimal amount, LocalDate paidOn, String reference) {
	}

	/**
	 * A member company's line of a cash call, with its declarations (the latest first).
	 *
	 * @param poolVersion the version of the pool a declaration form is built on
	 * @param pending the declaration waiting for a manager, or null
	 */
	public record LineToPay(long poolId, String poolTitle, long poolVersion, long cashCallId, String label,
			LocalDate dueOn, BigDecimal asked, BigDecimal outstanding, boolean overdue, PaymentDeclaration pending,
			List<PaymentDeclaration> declarations) {

		/** Whether a payment may be declared now: something is owed and none waits. */
		public boolean declarable() {
			return this.pending == null && this.outstanding.signum() > 0;
		}

	}

	/**
	 * The viewer's company's line of a cash call, for its declaration form: 404 for those
	 * who may not see the pool or whose company has no line in that call, 403 for a
	 * manager of the pool who is not of a company with a line.
	 */
	@Transactional(readOnly = true)
	public LineToPay line(CoopexUser viewer, long poolId, long cashCallId) {
		return this.reads.line(viewer, poolId, cashCallId);
	}

	/**
	 * A company's person declares a payment on the company's line of a cash call.
	 * @param version the version of the pool the form was built on
	 * @return the declaration's id
	 * @throws LedgerException when the amount, date or reference is refused, another
	 * declaration of the line waits, or the pool changed meanwhile ({@code ledger.stale})
	 * @throws AccessDeniedException for anyone but a person of that company
	 */
	@Transactional
	public long declare(CoopexUser by, long poolId, long version, long cashCallId, long companyId,
			DeclarationDraft draft) {
		return this.commands.declare(by, poolId, version, cashCallId, companyId, draft);
	}

	/**
	 * The declarations of a pool: every company's for its managers, the viewer's
	 * company's own for a participant; those waiting first, then the latest decided
	 * ({@value #DECIDED_SHOWN} at most).
	 */
	@Transactional(readOnly = true)
	public List<PaymentDeclaration> ofPool(CoopexUser viewer, long poolId) {
		return this.reads.ofPool(viewer, poolId);
	}

	/**
	 * A manager confirms a declaration: it is recorded as a payment of the company to the
	 * coordination body, exactly as one the manager enters. Refused when the declaration
	 * was already decided, or when it asks more than is still outstanding on the line now
	 * (a payment recorded meanwhile): the manager then rejects it with that reason.
	 * @return the payment's id
	 */
	@Transactional
	public long confirm(CoopexUser by, long poolId, long version, long declarationId) {
		return this.commands.confirm(by, poolId, version, declarationId);
	}

	/** A manager rejects a declaration, with the reason the company is told. */
	@Transactional
	public void reject(CoopexUser by, long poolId, long version, long declarationId, String reason) {
		this.commands.reject(by, poolId, version, declarationId, reason);
	}

	/** The day each waiting declaration of the company was made, by cash call id. */
	Map<Long, LocalDate> pendingDaysOf(long companyId) {
		return this.rows.pendingDaysOf(companyId);
	}

}
