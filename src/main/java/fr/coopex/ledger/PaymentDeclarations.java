package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ledger.CashCallEvents.PaymentDeclarationConfirmed;
import fr.coopex.ledger.CashCallEvents.PaymentDeclarationRejected;
import fr.coopex.ledger.CashCallEvents.PaymentDeclared;
import fr.coopex.ledger.Ledger.PaymentDraft;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.LedgerEvents.PoolChange;
import fr.coopex.ledger.LedgerEvents.PoolChanged;
import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

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
 */
@Service
public class PaymentDeclarations {

	/** The longest bank reference kept. */
	public static final int MAX_REFERENCE = DraftRules.MAX_LABEL;

	/** How many decided declarations of a pool its pages show (the latest). */
	static final int DECIDED_SHOWN = 20;

	/** The longest reason of a rejection kept. */
	public static final int MAX_REASON = 1000;

	private final PoolStore store;

	private final PoolAccess access;

	private final PoolReadModel reads;

	private final PoolPayments payments;

	private final VisibleNames names;

	private final ApplicationEventPublisher events;

	PaymentDeclarations(PoolStore store, PoolAccess access, PoolReadModel reads, PoolPayments payments,
			VisibleNames names, ApplicationEventPublisher events) {
		this.store = store;
		this.access = access;
		this.reads = reads;
		this.payments = payments;
		this.names = names;
		this.events = events;
	}

	/** Where a declaration stands. */
	public enum Status {

		/** Waiting for a manager of the pool. */
		PENDING,
		/** Confirmed: recorded as a payment. */
		CONFIRMED,
		/** Rejected, with a reason. */
		REJECTED

	}

	/** What a company's person declares: how much, when, and the bank's reference. */
	public record DeclarationDraft(BigDecimal amount, LocalDate paidOn, String reference) {
	}

	/**
	 * One declaration of a payment on a cash call line.
	 *
	 * @param declarerName the name of the person who declared it
	 * @param reason why it was rejected, or null
	 * @param decidedAt when a manager decided, or null while pending
	 */
	public record Declaration(long id, long poolId, long cashCallId, String label, LocalDate dueOn, long companyId,
			String companyName, BigDecimal amount, LocalDate paidOn, String reference, String declarerName,
			Instant declaredAt, Status status, String reason, Instant decidedAt) {

		public boolean pending() {
			return this.status == Status.PENDING;
		}

	}

	/**
	 * A member company's line of a cash call, with its declarations (the latest first).
	 *
	 * @param poolVersion the version of the pool a declaration form is built on
	 * @param pending the declaration waiting for a manager, or null
	 */
	public record LineToPay(long poolId, String poolTitle, long poolVersion, long cashCallId, String label,
			LocalDate dueOn, BigDecimal asked, BigDecimal outstanding, boolean overdue, Declaration pending,
			List<Declaration> declarations) {

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
		PoolAccess.Access access = this.access.access(viewer, poolId);
		Long company = PoolAccess.companyOf(viewer);
		PoolRow pool = access.pool();
		Owed owed = (company != null) ? owedLine(pool, cashCallId, company) : null;
		if (owed == null) {
			if (access.manager()) {
				throw new AccessDeniedException("Only the owing company declares its payments");
			}
			throw new PoolNotFoundException();
		}
		List<Declaration> declarations = declarations("d.pool_id = ? and d.cash_call_id = ? and d.company_id = ?",
				poolId, cashCallId, company);
		Declaration pending = declarations.stream().filter(Declaration::pending).findFirst().orElse(null);
		LocalDate today = LocalDate.ofInstant(this.store.now(), ClockConfiguration.PARIS);
		return new LineToPay(pool.id, pool.title, pool.version, cashCallId, owed.call().label(), owed.call().dueOn(),
				owed.line().amount(), owed.line().outstanding(),
				owed.line().outstanding().signum() > 0 && owed.call().dueOn().isBefore(today), pending, declarations);
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
		this.access.access(by, poolId);
		if (!PoolAccess.isSelf(by, companyId)) {
			throw new AccessDeniedException("Only the owing company declares its payments");
		}
		PoolRow pool = this.store.lock(poolId, version);
		pool.requireNotCancelled();
		Owed owed = owedLine(pool, cashCallId, companyId);
		if (owed == null) {
			throw new PoolNotFoundException();
		}
		if (!declarations("d.pool_id = ? and d.cash_call_id = ? and d.company_id = ? and x.declaration_id is null",
				poolId, cashCallId, companyId)
			.isEmpty()) {
			throw new LedgerException(null, "ledger.declaration.already-pending");
		}
		BigDecimal amount = checkedAmount(draft.amount(), owed.line().outstanding());
		LocalDate paidOn = checkedDate(draft.paidOn());
		String reference = DraftRules.blankToNull(draft.reference());
		if (reference != null && reference.length() > MAX_REFERENCE) {
			throw new LedgerException("reference", "ledger.payment.reference-too-long");
		}
		String declarer = Text.cut(Objects.requireNonNullElse(by.displayName(), by.email()), MAX_REFERENCE);
		long id = this.store.insert(
				"insert into ledger_payment_declaration (pool_id, cash_call_id, company_id, amount, paid_on, reference, "
						+ "declared_by, declarer_name, declared_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				poolId, cashCallId, companyId, amount, Date.valueOf(paidOn), reference, by.id(), declarer,
				Timestamp.from(this.store.now()));
		List<Long> managers = this.store.jdbc()
			.queryForList("select user_id from ledger_pool_manager where pool_id = ? order by user_id", Long.class,
					poolId);
		this.events.publishEvent(new PaymentDeclared(poolId, pool.ecosystemId, pool.title, id, cashCallId,
				owed.call().label(), companyId, by.organisationName(), amount, paidOn, by.id(), managers));
		this.events
			.publishEvent(new PoolChanged(
					poolId, pool.title, PoolChange.PAYMENT_DECLARED, "declaration " + id + ", company " + companyId
							+ ", " + owed.call().label() + ": " + amount.toPlainString() + " EUR paid on " + paidOn,
					by.id()));
		return id;
	}

	/**
	 * The declarations of a pool: every company's for its managers, the viewer's
	 * company's own for a participant; those waiting first, then the latest decided
	 * ({@value #DECIDED_SHOWN} at most).
	 */
	@Transactional(readOnly = true)
	public List<Declaration> ofPool(CoopexUser viewer, long poolId) {
		PoolAccess.Access access = this.access.access(viewer, poolId);
		List<Declaration> found;
		if (access.manager()) {
			found = declarations("d.pool_id = ?", poolId);
		}
		else {
			Long company = PoolAccess.companyOf(viewer);
			found = (company == null) ? List.of() : declarations("d.pool_id = ? and d.company_id = ?", poolId, company);
		}
		Map<Long, String> names = this.names.of(viewer, found.stream().map(Declaration::companyId).distinct().toList());
		List<Declaration> shown = new java.util.ArrayList<>();
		int decided = 0;
		for (Declaration d : found.stream().sorted(Comparator.comparing((Declaration x) -> !x.pending())).toList()) {
			if (!d.pending() && decided++ >= DECIDED_SHOWN) {
				break;
			}
			shown.add(new Declaration(d.id(), d.poolId(), d.cashCallId(), d.label(), d.dueOn(), d.companyId(),
					VisibleNames.nameOf(d.companyId(), names), d.amount(), d.paidOn(), d.reference(), d.declarerName(),
					d.declaredAt(), d.status(), d.reason(), d.decidedAt()));
		}
		return shown;
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
		PoolRow pool = this.access.managed(by, poolId, version);
		Declaration declaration = pendingOf(pool, declarationId);
		Owed owed = owedLine(pool, declaration.cashCallId(), declaration.companyId());
		if (owed == null || declaration.amount().compareTo(owed.line().outstanding()) > 0) {
			throw new LedgerException(null, "ledger.declaration.over-outstanding-now");
		}
		long payment = this.payments.record(by, pool, new PaymentDraft(declaration.companyId(), null,
				declaration.amount(), declaration.paidOn(), declaration.reference()));
		decide(declarationId, true, payment, null, by);
		this.events.publishEvent(new PaymentDeclarationConfirmed(poolId, pool.title, declarationId,
				declaration.cashCallId(), declaration.label(), declaration.companyId(), declaration.amount(),
				declaration.paidOn(), payment, declaredBy(declarationId), by.id()));
		this.events.publishEvent(new PoolChanged(poolId, pool.title, PoolChange.DECLARATION_CONFIRMED,
				"declaration " + declarationId + " of company " + declaration.companyId() + " declared by "
						+ declaration.declarerName() + " (user " + declaredBy(declarationId) + "): "
						+ declaration.amount().toPlainString() + " EUR, payment " + payment,
				by.id()));
		return payment;
	}

	/** A manager rejects a declaration, with the reason the company is told. */
	@Transactional
	public void reject(CoopexUser by, long poolId, long version, long declarationId, String reason) {
		PoolRow pool = this.access.managed(by, poolId, version);
		Declaration declaration = pendingOf(pool, declarationId);
		String cleanReason = DraftRules.blankToNull(reason);
		if (cleanReason == null) {
			throw new LedgerException("reason", "ledger.declaration.reason-required");
		}
		if (cleanReason.length() > MAX_REASON) {
			throw new LedgerException("reason", "ledger.declaration.reason-too-long");
		}
		decide(declarationId, false, null, cleanReason, by);
		long declaredBy = declaredBy(declarationId);
		this.events.publishEvent(new PaymentDeclarationRejected(poolId, pool.title, declarationId,
				declaration.cashCallId(), declaration.label(), declaration.companyId(), declaration.amount(),
				declaration.paidOn(), cleanReason, declaredBy, by.id()));
		this.events
			.publishEvent(
					new PoolChanged(poolId, pool.title, PoolChange.DECLARATION_REJECTED,
							"declaration " + declarationId + " of company " + declaration.companyId() + " declared by "
									+ declaration.declarerName() + " (user " + declaredBy + "): " + cleanReason,
							by.id()));
	}

	/**
	 * The waiting declarations among these, by line: {@code "cashCallId:companyId"}, for
	 * the pages that show them next to their cash call lines.
	 */
	public static Map<String, Declaration> pendingByLine(List<Declaration> declarations) {
		Map<String, Declaration> byLine = new HashMap<>();
		declarations.stream()
			.filter(Declaration::pending)
			.forEach((d) -> byLine.putIfAbsent(d.cashCallId() + ":" + d.companyId(), d));
		return byLine;
	}

	/** The day each waiting declaration of the company was made, by cash call id. */
	Map<Long, LocalDate> pendingDaysOf(long companyId) {
		Map<Long, LocalDate> days = new HashMap<>();
		this.store.jdbc()
			.query("select d.cash_call_id, max(d.declared_at) from ledger_payment_declaration d "
					+ "left join ledger_payment_declaration_decision x on x.declaration_id = d.id "
					+ "where d.company_id = ? and x.declaration_id is null group by d.cash_call_id", (ResultSet rs) -> {
						days.put(rs.getLong(1),
								LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), ClockConfiguration.PARIS));
					}, companyId);
		return days;
	}

	private record Owed(CashCall call, CashCallLine line) {
	}

	/** The company's live line of the call (not cancelled nor withdrawn), or null. */
	private Owed owedLine(PoolRow pool, long cashCallId, long companyId) {
		for (CashCall call : this.reads.cashCallsOf(pool)) {
			if (call.id() != cashCallId) {
				continue;
			}
			for (CashCallLine line : call.lines()) {
				if (line.companyId() == companyId && !line.cancelled() && !line.withdrawn()) {
					return new Owed(call, line);
				}
			}
		}
		return null;
	}

	private static BigDecimal checkedAmount(BigDecimal amount, BigDecimal outstanding) {
		long cents = DraftRules.cents(amount, "amount");
		if (cents == 0) {
			throw new LedgerException("amount", "ledger.payment.zero");
		}
		if (outstanding.signum() <= 0) {
			throw new LedgerException("amount", "ledger.declaration.nothing-due");
		}
		if (cents > PoolBalances.cents(outstanding)) {
			throw new LedgerException("amount", "ledger.declaration.over-outstanding");
		}
		return Split.euros(cents);
	}

	private LocalDate checkedDate(LocalDate paidOn) {
		if (paidOn == null) {
			throw new LedgerException("paidOn", "ledger.payment.date-required");
		}
		if (paidOn.isAfter(LocalDate.ofInstant(this.store.now(), ClockConfiguration.PARIS))) {
			throw new LedgerException("paidOn", "ledger.payment.date-future");
		}
		return paidOn;
	}

	private Declaration pendingOf(PoolRow pool, long declarationId) {
		Declaration declaration = declarations("d.pool_id = ? and d.id = ?", pool.id, declarationId).stream()
			.findFirst()
			.orElseThrow(PoolNotFoundException::new);
		if (!declaration.pending()) {
			throw new LedgerException(null, "ledger.declaration.decided");
		}
		return declaration;
	}

	private void decide(long declarationId, boolean confirmed, Long payment, String reason, CoopexUser by) {
		this.store.jdbc()
			.update("insert into ledger_payment_declaration_decision (declaration_id, confirmed, payment_id, reason, "
					+ "decided_by, decided_at) values (?, ?, ?, ?, ?, ?)", declarationId, confirmed, payment, reason,
					by.id(), Timestamp.from(this.store.now()));
	}

	private long declaredBy(long declarationId) {
		Long by = this.store.jdbc()
			.queryForObject("select declared_by from ledger_payment_declaration where id = ?", Long.class,
					declarationId);
		return (by != null) ? by : 0;
	}

	private List<Declaration> declarations(String where, Object... arguments) {
		return this.store.jdbc()
			.query("select d.*, c.label, c.due_on, x.confirmed, x.reason, x.decided_at "
					+ "from ledger_payment_declaration d join ledger_cash_call c on c.id = d.cash_call_id "
					+ "left join ledger_payment_declaration_decision x on x.declaration_id = d.id where " + where
					+ " order by d.declared_at desc, d.id desc", PaymentDeclarations::declaration, arguments);
	}

	private static Declaration declaration(ResultSet rs, int row) throws SQLException {
		boolean confirmed = rs.getBoolean("confirmed");
		Status status = rs.wasNull() ? Status.PENDING : (confirmed ? Status.CONFIRMED : Status.REJECTED);
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Declaration(rs.getLong("id"), rs.getLong("pool_id"), rs.getLong("cash_call_id"),
				rs.getString("label"), rs.getDate("due_on").toLocalDate(), rs.getLong("company_id"), null,
				rs.getBigDecimal("amount"), rs.getDate("paid_on").toLocalDate(), rs.getString("reference"),
				rs.getString("declarer_name"), rs.getTimestamp("declared_at").toInstant(), status,
				rs.getString("reason"), (decided != null) ? decided.toInstant() : null);
	}

}
