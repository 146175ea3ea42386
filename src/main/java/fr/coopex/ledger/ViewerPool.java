package fr.coopex.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;
import fr.coopex.ledger.PoolView.Participant;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.PoolView.Payment;
import fr.coopex.ledger.Settlement.Transfer;

/**
 * Cuts a pool's content down to what one viewer may see (a participant only its own
 * balance, transfers, payments and cash call lines) with the names that viewer may see.
 */
final class ViewerPool {

	private ViewerPool() {
	}

	/**
	 * The pool page of a manager or a participant, its companies named as in
	 * {@code names}.
	 */
	static PoolView of(PoolRow pool, boolean manager, PoolContent content, Long viewerCompany,
			Map<Long, String> names) {
		List<Participant> participants = content.participants();
		Long own = participants.stream().anyMatch((p) -> Objects.equals(p.companyId(), viewerCompany)) ? viewerCompany
				: null;
		List<PartyBalance> balances = content.balances();
		List<Transfer> transfers = content.transfers();
		List<CashCall> calls = content.cashCalls();
		List<Payment> payments = content.payments();
		if (!manager) {
			balances = balances.stream().filter((b) -> Objects.equals(b.party().companyId(), own)).toList();
			transfers = transfers.stream().filter((t) -> t.concerns(own)).toList();
			payments = payments.stream()
				.filter((p) -> Objects.equals(p.payer().companyId(), own) || Objects.equals(p.payee().companyId(), own))
				.toList();
			calls = calls.stream()
				.map((c) -> new CashCall(c.id(), c.label(), c.rate(), c.dueOn(), c.total(),
						c.lines().stream().filter((l) -> Objects.equals(l.companyId(), own)).toList()))
				.toList();
		}
		participants = participants.stream()
			.map((p) -> renamed(p, names.get(p.companyId())))
			.sorted(Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparingLong(Participant::companyId))
			.toList();
		payments = payments.stream()
			.map((p) -> new Payment(p.id(), VisibleNames.renamed(p.payer(), names),
					VisibleNames.renamed(p.payee(), names), p.amount(), p.paidOn(), p.reference()))
			.toList();
		calls = calls.stream()
			.map((c) -> new CashCall(c.id(), c.label(), c.rate(), c.dueOn(), c.total(),
					c.lines()
						.stream()
						.map((l) -> new CashCallLine(l.companyId(), VisibleNames.nameOf(l.companyId(), names),
								l.amount(), l.covered(), l.outstanding(), l.withdrawn(), l.cancelled()))
						.toList()))
			.toList();
		return new PoolView(pool.id, pool.ownerKind, pool.ownerId, pool.ecosystemId, pool.title, pool.currency,
				pool.status, pool.defaultKey, pool.version, manager, own, participants, content.items(),
				content.subsidies(), content.split(), VisibleNames.named(content.problem(), names),
				VisibleNames.renamedBalances(balances, names), VisibleNames.renamedTransfers(transfers, names), calls,
				payments, content.postedAt(), pool.updatedAt, Map.copyOf(names));
	}

	static Participant renamed(Participant p, String name) {
		return new Participant(p.companyId(), name, p.area(), p.weight(), p.headcount(), p.firstTimeExporter(),
				p.previousParticipations(), p.withdrawn());
	}

}
