package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.coopex.ledger.CashCallEvents.PaymentDeclarationConfirmed;
import fr.coopex.ledger.CashCallEvents.PaymentDeclarationRejected;
import fr.coopex.ledger.CashCallEvents.PaymentDeclared;
import fr.coopex.ledger.DeclarationRows.Owed;
import fr.coopex.ledger.Ledger.PaymentDraft;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.LedgerEvents.PoolChange;
import fr.coopex.ledger.LedgerEvents.PoolChanged;
import fr.coopex.ledger.PaymentDeclarations.DeclarationDraft;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * The changes of payment declarations: a company declares, a manager confirms or rejects,
 * each checked and announced by its events. Part of {@link PaymentDeclarations}, which
 * opens the transaction.
 */
@Component
class DeclarationCommands {

	private final PoolStore store;

	private final PoolAccess access;

	private final DeclarationRows rows;

	private final PoolPayments payments;

	private final ApplicationEventPublisher events;

	DeclarationCommands(PoolStore store, PoolAccess access, DeclarationRows rows, PoolPayments payments,
			ApplicationEventPublisher events) {
		this.store = store;
		this.access = access;
		this.rows = rows;
		this.payments = payments;
		this.events = events;
	}

	/** See {@link PaymentDeclarations#declare}. */
	long declare(CoopexUser by, long poolId, long version, long cashCallId, long companyId, DeclarationDraft draft) {
		this.access.access(by, poolId);
		if (!PoolAccess.isSelf(by, companyId)) {
			throw new AccessDeniedException("Only the owing company declares its payments");
		}
		PoolRow pool = this.store.lock(poolId, version);
		pool.requireNotCancelled();
		Owed owed = this.rows.owedLine(pool, cashCallId, companyId);
		if (owed == null) {
			throw new PoolNotFoundException();
		}
		if (!this.rows
			.declarations("d.pool_id = ? and d.cash_call_id = ? and d.company_id = ? and x.declaration_id is null",
					poolId, cashCallId, companyId)
			.isEmpty()) {
			throw new LedgerException(null, "ledger.declaration.already-pending");
		}
		BigDecimal amount = DeclarationChecks.amount(draft.amount(), owed.line().outstanding());
		LocalDate paidOn = DeclarationChecks.paidOn(draft.paidOn(),
				LocalDate.ofInstant(this.store.now(), ClockConfiguration.PARIS));
		String reference = DeclarationChecks.reference(draft.reference());
		String declarer = Text.cut(Objects.requireNonNullElse(by.displayName(), by.email()),
				PaymentDeclarations.MAX_REFERENCE);
		long id = this.rows.insert(poolId, cashCallId, companyId, amount, paidOn, reference, by, declarer);
		this.events
			.publishEvent(new PaymentDeclared(poolId, pool.ecosystemId, pool.title, id, cashCallId, owed.call().label(),
					companyId, by.organisationName(), amount, paidOn, by.id(), this.rows.managersOf(poolId)));
		this.events
			.publishEvent(new PoolChanged(
					poolId, pool.title, PoolChange.PAYMENT_DECLARED, "declaration " + id + ", company " + companyId
							+ ", " + owed.call().label() + ": " + amount.toPlainString() + " EUR paid on " + paidOn,
					by.id()));
		return id;
	}

	/** See {@link PaymentDeclarations#confirm}. */
	long confirm(CoopexUser by, long poolId, long version, long declarationId) {
		PoolRow pool = this.access.managed(by, poolId, version);
		PaymentDeclaration declaration = pendingOf(pool, declarationId);
		Owed owed = this.rows.owedLine(pool, declaration.cashCallId(), declaration.companyId());
		if (owed == null || declaration.amount().compareTo(owed.line().outstanding()) > 0) {
			throw new LedgerException(null, "ledger.declaration.over-outstanding-now");
		}
		long payment = this.payments.record(by, pool, new PaymentDraft(declaration.companyId(), null,
				declaration.amount(), declaration.paidOn(), declaration.reference()));
		this.rows.decide(declarationId, true, payment, null, by);
		long declaredBy = this.rows.declaredBy(declarationId);
		this.events.publishEvent(new PaymentDeclarationConfirmed(poolId, pool.title, declarationId,
				declaration.cashCallId(), declaration.label(), declaration.companyId(), declaration.amount(),
				declaration.paidOn(), payment, declaredBy, by.id()));
		this.events.publishEvent(new PoolChanged(poolId, pool.title, PoolChange.DECLARATION_CONFIRMED,
				"declaration " + declarationId + " of company " + declaration.companyId() + " declared by "
						+ declaration.declarerName() + " (user " + declaredBy + "): "
						+ declaration.amount().toPlainString() + " EUR, payment " + payment,
				by.id()));
		return payment;
	}

	/** See {@link PaymentDeclarations#reject}. */
	void reject(CoopexUser by, long poolId, long version, long declarationId, String reason) {
		PoolRow pool = this.access.managed(by, poolId, version);
		PaymentDeclaration declaration = pendingOf(pool, declarationId);
		String cleanReason = DeclarationChecks.reason(reason);
		this.rows.decide(declarationId, false, null, cleanReason, by);
		long declaredBy = this.rows.declaredBy(declarationId);
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

	private PaymentDeclaration pendingOf(PoolRow pool, long declarationId) {
		PaymentDeclaration declaration = this.rows.declarations("d.pool_id = ? and d.id = ?", pool.id, declarationId)
			.stream()
			.findFirst()
			.orElseThrow(PoolNotFoundException::new);
		if (!declaration.pending()) {
			throw new LedgerException(null, "ledger.declaration.decided");
		}
		return declaration;
	}

}
