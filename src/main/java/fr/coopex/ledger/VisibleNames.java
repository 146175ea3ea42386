package fr.coopex.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.PoolView.Problem;
import fr.coopex.ledger.Settlement.Party;
import fr.coopex.ledger.Settlement.Transfer;
import fr.coopex.shared.security.CoopexUser;

/**
 * The names of companies as a viewer may see them now ({@code companies} decides: the
 * trade name when the viewer may see it, else the legal name), never as copied when the
 * company joined; the ledger keeps only their ids for what it shows.
 */
@Component
class VisibleNames {

	private final CompanyManagement companies;

	VisibleNames(CompanyManagement companies) {
		this.companies = companies;
	}

	Map<Long, String> of(CoopexUser viewer, Collection<Long> companyIds) {
		Map<Long, CompanyCard> cards = this.companies.cards(viewer, companyIds);
		Map<Long, String> names = new HashMap<>();
		for (Long id : companyIds) {
			CompanyCard card = cards.get(id);
			names.put(id, (card != null && card.displayName() != null) ? card.displayName() : "#" + id);
		}
		return names;
	}

	/** A problem naming companies by id, with their names as the viewer may see them. */
	static Problem named(Problem problem, Map<Long, String> names) {
		if (problem == null) {
			return null;
		}
		return new Problem(problem.messageKey(),
				LedgerException.Company.named(problem.arguments(), (id) -> nameOf(id, names)));
	}

	static String nameOf(long companyId, Map<Long, String> names) {
		return names.getOrDefault(companyId, "#" + companyId);
	}

	static Party renamed(Party party, Map<Long, String> names) {
		return (party.companyId() == null) ? party : new Party(party.companyId(), nameOf(party.companyId(), names));
	}

	static List<PartyBalance> renamedBalances(List<PartyBalance> balances, Map<Long, String> names) {
		return balances.stream()
			.map((b) -> new PartyBalance(renamed(b.party(), names), b.owed(), b.billedDirectly(), b.advanced(),
					b.subsidies(), b.paid(), b.received(), b.balance(), b.dueNow()))
			.toList();
	}

	static List<Transfer> renamedTransfers(List<Transfer> transfers, Map<Long, String> names) {
		return transfers.stream()
			.map((t) -> new Transfer(renamed(t.from(), names), renamed(t.to(), names), t.amount()))
			.toList();
	}

}
