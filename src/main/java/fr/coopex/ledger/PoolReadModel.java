package fr.coopex.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.Participant;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * What a viewer reads of pools: a pool page (the managers' content, cut down to what a
 * participant may see, with the names the viewer may see), the list of one's pools, a
 * participant's line and the lines of a statement.
 */
@Component
class PoolReadModel {

	private final PoolStore store;

	private final PoolAccess access;

	private final PoolContentCache contents;

	private final VisibleNames names;

	private final EcosystemManagement ecosystems;

	PoolReadModel(PoolStore store, PoolAccess access, PoolContentCache contents, VisibleNames names,
			EcosystemManagement ecosystems) {
		this.store = store;
		this.access = access;
		this.contents = contents;
		this.names = names;
		this.ecosystems = ecosystems;
	}

	Split preview(CoopexUser viewer, long poolId) {
		return SplitEngine.split(this.store.input(this.access.access(viewer, poolId).pool()));
	}

	PoolView pool(CoopexUser viewer, long poolId) {
		return pool(viewer, access(viewer, poolId));
	}

	/** The pool as this viewer may see it, the viewer's access already checked. */
	PoolView pool(CoopexUser viewer, PoolAccess.Access access) {
		PoolContent content = current(access.pool());
		// names as this viewer may see them now, never as copied when the company joined
		Map<Long, String> names = this.names.of(viewer,
				content.participants().stream().map(Participant::companyId).toList());
		return ViewerPool.of(access.pool(), access.manager(), content, PoolAccess.companyOf(viewer), names);
	}

	/**
	 * The pool and the viewer's right to it; 404 for anyone but participants and
	 * managers.
	 */
	PoolAccess.Access access(CoopexUser viewer, long poolId) {
		return this.access.access(viewer, poolId);
	}

	Optional<Participant> participant(CoopexUser viewer, long poolId, long companyId) {
		Optional<PoolRow> pool = this.store.load(poolId);
		if (pool.isEmpty() || (!PoolAccess.isSelf(viewer, companyId) && !this.access.isManager(viewer, pool.get()))) {
			return Optional.empty();
		}
		// the name as this viewer may see it now, never as copied when the company joined
		String name = this.names.of(viewer, List.of(companyId)).get(companyId);
		return this.store.participants(poolId)
			.stream()
			.filter((p) -> p.companyId() == companyId)
			.findFirst()
			.map((p) -> ViewerPool.renamed(p, name));
	}

	boolean manages(CoopexUser viewer, long poolId) {
		return this.access.isManager(viewer, this.store.require(poolId));
	}

	List<PoolLine> mine(CoopexUser viewer) {
		List<Long> ids = new ArrayList<>();
		if (viewer.role() == Role.MEMBER) {
			ids.addAll(ids("select pool_id from ledger_participant where company_id = ?", viewer.organisationId()));
		}
		ids.addAll(ids("select pool_id from ledger_pool_manager where user_id = ?", viewer.id()));
		for (long ecosystem : this.ecosystems.insiders(viewer).coordinated()) {
			ids.addAll(ids("select id from ledger_pool where ecosystem_id = ?", ecosystem));
		}
		Long company = PoolAccess.companyOf(viewer);
		return ids.stream().distinct().sorted(Comparator.reverseOrder()).map((id) -> {
			PoolRow pool = this.store.require(id);
			return poolLine(pool, (company != null) ? balanceOf(pool, company) : null);
		}).toList();
	}

	/** Every party's balance in a pool. */
	List<PartyBalance> balancesOf(PoolRow pool) {
		return current(pool).balances();
	}

	/** The cash calls of a pool, every line with what is still outstanding. */
	List<CashCall> cashCallsOf(PoolRow pool) {
		return current(pool).cashCalls();
	}

	/** A company's balance in a pool (null: the coordination body's), or null. */
	PartyBalance balanceOf(PoolRow pool, Long companyId) {
		return balancesOf(pool).stream()
			.filter((b) -> Objects.equals(b.party().companyId(), companyId))
			.findFirst()
			.orElse(null);
	}

	static PoolLine poolLine(PoolRow pool, PartyBalance mine) {
		return new PoolLine(pool.id, pool.title, pool.status, (mine != null) ? mine.owed() : null,
				(mine != null) ? mine.balance() : null, (mine != null) ? mine.dueNow() : null);
	}

	List<Split.Line> statementLines(CoopexUser viewer, long poolId, long companyId) {
		PoolAccess.Access access = this.access.access(viewer, poolId);
		if (!access.manager() && !PoolAccess.isSelf(viewer, companyId)) {
			throw new PoolNotFoundException();
		}
		PoolRow pool = access.pool();
		PoolContent content = current(pool);
		if (pool.currentPostingId != null && pool.isPosted()) {
			return content.postedLines().getOrDefault(companyId, List.of());
		}
		return (content.split() != null) ? content.split().lines(companyId) : List.of();
	}

	/** The content of this version of the pool: the one kept if it is current. */
	PoolContent current(PoolRow pool) {
		PoolContent kept = this.contents.kept(pool.id, pool);
		return kept.isOf(pool) ? kept : this.contents.refresh(pool.id, pool);
	}

	private List<Long> ids(String sql, long argument) {
		return this.store.jdbc().queryForList(sql, Long.class, argument);
	}

}
