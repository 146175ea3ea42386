package fr.coopex.home;

import java.util.List;

import fr.coopex.ecosystems.EcosystemHomeFacts.Coordinated;
import fr.coopex.fairs.FairHomeFacts.StandFill;
import fr.coopex.ledger.LedgerHomeFacts.EcosystemMoney;

/**
 * The coordinator's part of the home page: one block per ecosystem the person coordinates
 * (a coordination body's person, or a leader firm's).
 */
public record CoordinatorHome(List<EcosystemBlock> ecosystems) {

	/** One coordinated ecosystem: what waits, its stands' area and its cash calls. */
	public record EcosystemBlock(Coordinated ecosystem, List<StandFill> stands, EcosystemMoney money) {
	}

	public boolean isEmpty() {
		return this.ecosystems.isEmpty();
	}

}
