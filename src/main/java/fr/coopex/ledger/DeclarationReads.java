package fr.coopex.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.coopex.ledger.DeclarationRows.Owed;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.PaymentDeclarations.LineToPay;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;

/**
 * What the pages show of payment declarations: a company's line with its declarations,
 * and a pool's declarations as its viewer may see them. Part of
 * {@link PaymentDeclarations}, which opens the transaction.
 */
@Component
class DeclarationReads {

	private final PoolStore store;

	private final PoolAccess access;

	private final DeclarationRows rows;

	private final VisibleNames names;

	DeclarationReads(PoolStore store, PoolAccess access, DeclarationRows rows, VisibleNames names) {
		this.store = store;
		this.access = access;
		this.rows = rows;
		this.names = names;
	}

	/** See {@link PaymentDeclarations#line(CoopexUser, long, long)}. */
	LineToPay line(CoopexUser viewer, long poolId, long cashCallId) {
		PoolAccess.Access access = this.access.access(viewer, poolId);
		Long company = PoolAccess.companyOf(viewer);
		PoolRow pool = access.pool();
		Owed owed = (company != null) ? this.rows.owedLine(pool, cashCallId, company) : null;
		if (owed == null) {
			if (access.manager()) {
				throw new AccessDeniedException("Only the owing company declares its payments");
			}
			throw new PoolNotFoundException();
		}
		List<PaymentDeclaration> declarations = this.rows
			.declarations("d.pool_id = ? and d.cash_call_id = ? and d.company_id = ?", poolId, cashCallId, company);
		PaymentDeclaration pending = declarations.stream().filter(PaymentDeclaration::pending).findFirst().orElse(null);
		LocalDate today = LocalDate.ofInstant(this.store.now(), ClockConfiguration.PARIS);
		return new LineToPay(pool.id, pool.title, pool.version, cashCallId, owed.call().label(), owed.call().dueOn(),
				owed.line().amount(), owed.line().outstanding(),
				owed.line().outstanding().signum() > 0 && owed.call().dueOn().isBefore(today), pending, declarations);
	}

	/** See {@link PaymentDeclarations#ofPool(CoopexUser, long)}. */
	List<PaymentDeclaration> ofPool(CoopexUser viewer, long poolId) {
		return ofPool(viewer, this.access.access(viewer, poolId));
	}

	/** The same, the viewer's access to the pool already checked. */
	List<PaymentDeclaration> ofPool(CoopexUser viewer, PoolAccess.Access access) {
		long poolId = access.pool().id;
		List<PaymentDeclaration> found;
		if (access.manager()) {
			found = this.rows.declarations("d.pool_id = ?", poolId);
		}
		else {
			Long company = PoolAccess.companyOf(viewer);
			found = (company == null) ? List.of()
					: this.rows.declarations("d.pool_id = ? and d.company_id = ?", poolId, company);
		}
		Map<Long, String> names = this.names.of(viewer,
				found.stream().map(PaymentDeclaration::companyId).distinct().toList());
		List<PaymentDeclaration> shown = new ArrayList<>();
		int decided = 0;
		for (PaymentDeclaration d : found.stream()
			.sorted(Comparator.comparing((PaymentDeclaration x) -> !x.pending()))
			.toList()) {
			if (!d.pending() && decided++ >= PaymentDeclarations.DECIDED_SHOWN) {
				break;
			}
			shown.add(new PaymentDeclaration(d.id(), d.poolId(), d.cashCallId(), d.label(), d.dueOn(), d.companyId(),
					VisibleNames.nameOf(d.companyId(), names), d.amount(), d.paidOn(), d.reference(), d.declarerName(),
					d.declaredAt(), d.status(), d.reason(), d.decidedAt()));
		}
		return shown;
	}

}
