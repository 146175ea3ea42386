package fr.coopex.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.Settlement.Transfer;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * A company's account in one ecosystem: its balances in each pool added up, and the
 * transfers that clear them.
 */
@Component
class EcosystemAccounts {

	private final PoolStore store;

	private final PoolReadModel pools;

	private final VisibleNames names;

	private final EcosystemManagement ecosystems;

	EcosystemAccounts(PoolStore store, PoolReadModel pools, VisibleNames names, EcosystemManagement ecosystems) {
		this.store = store;
		this.pools = pools;
		this.names = names;
		this.ecosystems = ecosystems;
	}

	EcosystemAccount of(CoopexUser viewer, long ecosystemId, Long companyId) {
		boolean coordinator = this.ecosystems.isCoordinator(viewer, ecosystemId);
		Long company = companyId;
		if (!coordinator) {
			if (viewer == null || viewer.role() != Role.MEMBER) {
				throw new PoolNotFoundException();
			}
			company = viewer.organisationId();
		}
		List<Long> poolIds = (company == null) ? this.store.jdbc()
			.queryForList("select id from ledger_pool where ecosystem_id = ? order by id", Long.class, ecosystemId)
				: this.store.jdbc()
					.queryForList(
							"select p.id from ledger_pool p join ledger_participant lp on lp.pool_id = p.id "
									+ "where p.ecosystem_id = ? and lp.company_id = ? order by p.id",
							Long.class, ecosystemId, company);
		if (poolIds.isEmpty() && !coordinator) {
			throw new PoolNotFoundException();
		}
		List<PoolLine> lines = new ArrayList<>();
		Map<Long, PartyBalance> net = new LinkedHashMap<>();
		for (long poolId : poolIds) {
			PoolRow pool = this.store.require(poolId);
			for (PartyBalance b : this.pools.balancesOf(pool)) {
				net.merge(b.party().companyId(), b, EcosystemAccounts::sum);
			}
			lines.add(PoolReadModel.poolLine(pool, this.pools.balanceOf(pool, company)));
		}
		List<PartyBalance> balances = new ArrayList<>(net.values());
		List<Transfer> transfers = Settlement
			.of(balances.stream().map((b) -> new Settlement.Balance(b.party(), b.dueNow())).toList());
		if (company != null) {
			Long own = company;
			balances = balances.stream().filter((b) -> Objects.equals(b.party().companyId(), own)).toList();
			transfers = transfers.stream().filter((t) -> t.concerns(own)).toList();
		}
		Set<Long> parties = new TreeSet<>();
		Stream
			.concat(balances.stream().map(PartyBalance::party),
					transfers.stream().flatMap((t) -> Stream.of(t.from(), t.to())))
			.map(Settlement.Party::companyId)
			.filter(Objects::nonNull)
			.forEach(parties::add);
		Map<Long, String> names = this.names.of(viewer, parties);
		return new EcosystemAccount(ecosystemId, company, lines, VisibleNames.renamedBalances(balances, names),
				VisibleNames.renamedTransfers(transfers, names));
	}

	private static PartyBalance sum(PartyBalance sum, PartyBalance b) {
		return new PartyBalance(sum.party(), sum.owed().add(b.owed()), sum.billedDirectly().add(b.billedDirectly()),
				sum.advanced().add(b.advanced()), sum.subsidies().add(b.subsidies()), sum.paid().add(b.paid()),
				sum.received().add(b.received()), sum.balance().add(b.balance()), sum.dueNow().add(b.dueNow()));
	}

}
