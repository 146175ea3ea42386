package fr.coopex.ledger;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Who may see and run a pool: the coordinators of its ecosystem and the managers named
 * when it was opened run it; a member company sees the pools it takes part (or took part)
 * in; anyone else is told the pool does not exist.
 */
@Component
class PoolAccess {

	private final PoolStore store;

	private final EcosystemManagement ecosystems;

	PoolAccess(PoolStore store, EcosystemManagement ecosystems) {
		this.store = store;
		this.ecosystems = ecosystems;
	}

	/** A pool as this viewer may see it, and whether the viewer manages it. */
	record Access(PoolRow pool, boolean manager) {
	}

	/**
	 * The pool, whether the viewer is one of its named managers and whether the viewer's
	 * company takes part (or took part) in it, in one query; then, only when needed,
	 * whether the viewer coordinates its ecosystem.
	 * @throws PoolNotFoundException for anyone but its participants and managers
	 */
	Access access(CoopexUser viewer, long poolId) {
		if (viewer == null) {
			throw new PoolNotFoundException();
		}
		long company = (viewer.role() == Role.MEMBER) ? viewer.organisationId() : -1;
		boolean[] relation = new boolean[2];
		PoolRow pool = this.store.jdbc()
			.query("select p.*, "
					+ "exists (select 1 from ledger_pool_manager m where m.pool_id = p.id and m.user_id = ?) as named_manager, "
					+ "exists (select 1 from ledger_participant x where x.pool_id = p.id and x.company_id = ?) as participant "
					+ "from ledger_pool p where p.id = ?", (rs, i) -> {
						relation[0] = rs.getBoolean("named_manager");
						relation[1] = rs.getBoolean("participant");
						return PoolRow.of(rs, i);
					}, viewer.id(), company, poolId)
			.stream()
			.findFirst()
			.orElseThrow(PoolNotFoundException::new);
		boolean manager = relation[0] || this.ecosystems.isCoordinator(viewer, pool.ecosystemId);
		if (!manager && !(viewer.role() == Role.MEMBER && relation[1])) {
			throw new PoolNotFoundException();
		}
		return new Access(pool, manager);
	}

	/** The pool, locked, for one of its managers; 404 for those who may not see it. */
	PoolRow managed(CoopexUser by, long poolId, long version) {
		if (!access(by, poolId).manager()) {
			throw notManager(poolId);
		}
		return this.store.lock(poolId, version);
	}

	/**
	 * The pool, locked, for one of its managers or for a member acting for its own
	 * company.
	 */
	PoolRow managedOrSelf(CoopexUser by, long poolId, long companyId) {
		PoolRow pool = this.store.lock(poolId, Ledger.ANY_VERSION);
		if (!isSelf(by, companyId) && !isManager(by, pool)) {
			throw notManager(poolId);
		}
		return pool;
	}

	boolean isManager(CoopexUser viewer, PoolRow pool) {
		if (viewer == null) {
			return false;
		}
		if (this.ecosystems.isCoordinator(viewer, pool.ecosystemId)) {
			return true;
		}
		Integer named = this.store.jdbc()
			.queryForObject("select count(*) from ledger_pool_manager where pool_id = ? and user_id = ?", Integer.class,
					pool.id, viewer.id());
		return named != null && named > 0;
	}

	/** Whether the person is a member acting for this company. */
	static boolean isSelf(CoopexUser by, long companyId) {
		return by != null && by.role() == Role.MEMBER && by.organisationId() == companyId;
	}

	/** The viewer's company when the viewer is a member, else null. */
	static Long companyOf(CoopexUser viewer) {
		return (viewer != null && viewer.role() == Role.MEMBER) ? viewer.organisationId() : null;
	}

	private static AccessDeniedException notManager(long poolId) {
		return new AccessDeniedException("Not a manager of pool " + poolId);
	}

}
