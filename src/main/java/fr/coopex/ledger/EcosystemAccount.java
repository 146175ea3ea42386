package fr.coopex.ledger;

import java.util.List;

import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.Settlement.Transfer;

/** A member company's pools in one ecosystem, and where it stands in each. */
public record EcosystemAccount(long ecosystemId, Long companyId, List<PoolLine> pools, List<PartyBalance> balances,
		List<Transfer> transfers) {
}
