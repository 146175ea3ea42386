package fr.coopex.ledger;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.coopex.aids.AidCatalogue;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.AidView;
import fr.coopex.aids.PaysFor;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.LedgerEvents.PoolChange;
import fr.coopex.shared.security.CoopexUser;

/**
 * The subsidies of a pool and where they come from: an aid of the catalogue that pays for
 * trade fairs, prospection or collective actions, or any other source the coordinator
 * names.
 */
@Component
class SubsidySources {

	/** What an aid must pay for to fund a subsidy of a stand or a mission. */
	private static final Set<PaysFor> SHARED_COSTS = EnumSet.of(PaysFor.TRADE_FAIRS, PaysFor.PROSPECTION,
			PaysFor.COLLECTIVE_ACTIONS);

	private final PoolStore store;

	private final PoolCosts costs;

	private final AidCatalogue aids;

	SubsidySources(PoolStore store, PoolCosts costs, AidCatalogue aids) {
		this.store = store;
		this.costs = costs;
		this.aids = aids;
	}

	long addSubsidy(CoopexUser by, long poolId, long version, SubsidyDraft subsidy) {
		PoolRow pool = this.costs.openManaged(by, poolId, version);
		String cleanLabel = DraftRules.label((subsidy != null) ? subsidy.label() : null, "label",
				"ledger.subsidy.label-required");
		SubsidyDraft clean = new SubsidyDraft(cleanLabel, subsidy.amount(), subsidy.rate(), subsidy.categories(),
				subsidy.maxHeadcount(), subsidy.firstTimeExportersOnly(), subsidy.maxPreviousParticipations(),
				subsidy.capPerParticipant(), DraftRules.blankToNull(subsidy.aidId()));
		if (clean.aidId() != null && (clean.catalogueAid() == null
				|| this.aids.published(clean.catalogueAid()).filter(SubsidySources::paysForSharedCosts).isEmpty())) {
			throw new LedgerException("aidId", "ledger.subsidy.aid-unknown");
		}
		DraftRules.subsidy(clean);
		this.costs.changed(by, pool, PoolChange.SUBSIDY_ADDED, clean.label());
		return this.store.insert(
				"insert into ledger_subsidy (pool_id, label, amount, rate, categories, max_headcount, first_time_only, max_previous, cap, aid_id) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				poolId, clean.label(), clean.amount(), clean.rate(),
				clean.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
				clean.maxHeadcount(), clean.firstTimeExportersOnly(), clean.maxPreviousParticipations(),
				clean.capPerParticipant(), clean.aidId());
	}

	void removeSubsidy(CoopexUser by, long poolId, long version, long subsidyId) {
		PoolRow pool = this.costs.openManaged(by, poolId, version);
		if (this.store.jdbc()
			.update("delete from ledger_subsidy where id = ? and pool_id = ?", subsidyId, poolId) == 0) {
			throw new PoolNotFoundException();
		}
		this.costs.changed(by, pool, PoolChange.SUBSIDY_REMOVED, null);
	}

	List<CatalogueAid> aidsForSubsidies() {
		return this.aids.published()
			.stream()
			.filter(SubsidySources::paysForSharedCosts)
			.map((aid) -> new CatalogueAid(aid.id(), aid.displayName()))
			.sorted(Comparator.comparing(CatalogueAid::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	Optional<String> aidName(long aidId) {
		return this.aids.published(aidId).map(AidView::displayName);
	}

	private static boolean paysForSharedCosts(AidView aid) {
		return aid.data().status() != AidStatus.HISTORICAL
				&& aid.data().paysFor().stream().anyMatch(SHARED_COSTS::contains);
	}

}
