package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.LedgerEvents.PoolChange;
import fr.coopex.ledger.LedgerEvents.PoolChanged;
import fr.coopex.ledger.PoolView.Participant;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * What makes up an open pool: opening it, its title and key, its cost items, its
 * participants and their keys. Each draft is checked by its rules ({@link DraftRules})
 * before it is stored.
 */
@Component
class PoolCosts {

	private final PoolStore store;

	private final PoolAccess access;

	private final EcosystemManagement ecosystems;

	private final ApplicationEventPublisher events;

	PoolCosts(PoolStore store, PoolAccess access, EcosystemManagement ecosystems, ApplicationEventPublisher events) {
		this.store = store;
		this.access = access;
		this.ecosystems = ecosystems;
		this.events = events;
	}

	long openPool(CoopexUser by, PoolOwnerKind ownerKind, long ownerId, long ecosystemId, String title,
			AllocationKey defaultKey, Set<Long> managers) {
		boolean coordinator = this.ecosystems.isCoordinator(by, ecosystemId);
		if (!coordinator) {
			if (ownerKind != PoolOwnerKind.MISSION || by == null || by.role() != Role.MEMBER) {
				throw new AccessDeniedException("Only the ecosystem's coordinators open this pool");
			}
			this.ecosystems.requireInsider(by, ecosystemId);
		}
		String cleanTitle = DraftRules.label(title, "title", "ledger.pool.title-required");
		DraftRules.defaultKey(defaultKey);
		if (this.store.poolOf(ownerKind, ownerId).isPresent()) {
			throw new LedgerException(null, "ledger.pool.exists");
		}
		Timestamp now = Timestamp.from(this.store.now());
		long id = this.store.insert(
				"insert into ledger_pool (owner_kind, owner_id, ecosystem_id, title, default_key, status, created_by, created_at, updated_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				ownerKind.name(), ownerId, ecosystemId, cleanTitle, defaultKey.name(), PoolStatus.OPEN.name(), by.id(),
				now, now);
		Set<Long> named = new TreeSet<>((managers != null) ? managers : Set.of());
		if (!coordinator) {
			named.add(by.id());
		}
		for (Long manager : named) {
			this.store.jdbc().update("insert into ledger_pool_manager (pool_id, user_id) values (?, ?)", id, manager);
		}
		return id;
	}

	void rename(CoopexUser by, long poolId, long version, String title) {
		String cleanTitle = DraftRules.label(title, "title", "ledger.pool.title-required");
		openManaged(by, poolId, version);
		this.store.jdbc().update("update ledger_pool set title = ? where id = ?", cleanTitle, poolId);
	}

	void changeKey(CoopexUser by, long poolId, long version, AllocationKey key) {
		DraftRules.defaultKey(key);
		PoolRow pool = openManaged(by, poolId, version);
		SplitInput before = this.store.input(pool);
		requireStillSplits(before, new SplitInput(key, before.participants(), before.items(), before.subsidies()));
		this.store.jdbc().update("update ledger_pool set default_key = ? where id = ?", key.name(), poolId);
		changed(by, pool, PoolChange.KEY_CHANGED, key.name());
	}

	long addItem(CoopexUser by, long poolId, long version, CostItemDraft item) {
		PoolRow pool = openManaged(by, poolId, version);
		CostItemDraft clean = validItem(pool, item);
		long id = this.store.insert(
				"insert into ledger_cost_item (label, category, amount, vat_rate, paid_by, advanced_by, allocation_key, rest_key, pool_id) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				columns(clean, poolId));
		this.store.insertFixedAmounts(id, clean);
		changed(by, pool, PoolChange.COST_ITEM_ADDED, itemDetail(clean));
		return id;
	}

	void updateItem(CoopexUser by, long poolId, long version, long itemId, CostItemDraft item) {
		PoolRow pool = openManaged(by, poolId, version);
		this.store.requireItem(poolId, itemId);
		CostItemDraft clean = validItem(pool, item);
		this.store.jdbc()
			.update("update ledger_cost_item set label = ?, category = ?, amount = ?, vat_rate = ?, paid_by = ?, "
					+ "advanced_by = ?, allocation_key = ?, rest_key = ? where id = ?", columns(clean, itemId));
		this.store.jdbc().update("delete from ledger_fixed_amount where item_id = ?", itemId);
		this.store.insertFixedAmounts(itemId, clean);
		changed(by, pool, PoolChange.COST_ITEM_CHANGED, itemDetail(clean));
	}

	void removeItem(CoopexUser by, long poolId, long version, long itemId) {
		PoolRow pool = openManaged(by, poolId, version);
		this.store.requireItem(poolId, itemId);
		String removed = this.store.jdbc()
			.query("select label, amount from ledger_cost_item where id = ?",
					(rs, n) -> rs.getString("label") + ": " + plain(rs.getBigDecimal("amount")), itemId)
			.stream()
			.findFirst()
			.orElse("");
		this.store.jdbc().update("delete from ledger_fixed_amount where item_id = ?", itemId);
		this.store.jdbc().update("delete from ledger_cost_item where id = ?", itemId);
		changed(by, pool, PoolChange.COST_ITEM_REMOVED, removed);
	}

	void join(CoopexUser by, long poolId, ParticipantDraft participant) {
		PoolRow pool = this.access.managedOrSelf(by, poolId, participant.companyId());
		pool.requireOpen();
		String name = DraftRules.label(participant.name(), "name", "ledger.participant.name-required");
		ParticipantDraft clean = new ParticipantDraft(participant.companyId(), name, participant.area(),
				participant.weight(), participant.headcount(), participant.firstTimeExporter(),
				participant.previousParticipations());
		DraftRules.participant(clean);
		int updated = this.store.jdbc()
			.update("update ledger_participant set company_name = ?, area = ?, weight = ?, headcount = ?, "
					+ "first_time_exporter = ?, previous_participations = ?, status = 'ACTIVE', withdrawn_at = null "
					+ "where pool_id = ? and company_id = ?", clean.name(), clean.area(), clean.weight(),
					clean.headcount(), clean.firstTimeExporter(), clean.previousParticipations(), poolId,
					clean.companyId());
		if (updated == 0) {
			this.store.jdbc()
				.update("insert into ledger_participant (pool_id, company_id, company_name, area, weight, headcount, "
						+ "first_time_exporter, previous_participations, status, joined_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)", poolId, clean.companyId(), clean.name(),
						clean.area(), clean.weight(), clean.headcount(), clean.firstTimeExporter(),
						clean.previousParticipations(), Timestamp.from(this.store.now()));
		}
	}

	void setKeys(CoopexUser by, long poolId, long version, long companyId, BigDecimal area, BigDecimal weight) {
		PoolRow pool = openManaged(by, poolId, version);
		List<Participant> participants = this.store.participants(poolId);
		Participant participant = participants.stream()
			.filter((p) -> p.companyId() == companyId && !p.withdrawn())
			.findFirst()
			.orElseThrow(PoolNotFoundException::new);
		ParticipantDraft changed = new ParticipantDraft(companyId, participant.name(), area, weight,
				participant.headcount(), participant.firstTimeExporter(), participant.previousParticipations());
		DraftRules.participant(changed);
		SplitInput before = this.store.input(pool, participants);
		requireStillSplits(before,
				new SplitInput(before.defaultKey(),
						before.participants().stream().map((p) -> (p.companyId() == companyId) ? changed : p).toList(),
						before.items(), before.subsidies()));
		this.store.jdbc()
			.update("update ledger_participant set area = ?, weight = ? where pool_id = ? and company_id = ?",
					changed.area(), changed.weight(), poolId, companyId);
		changed(by, pool, PoolChange.PARTICIPANT_KEYS_SET,
				participant.name() + ": " + plain(changed.area()) + " m², " + plain(changed.weight()));
	}

	/** The pool, locked, for one of its managers, while it is open. */
	PoolRow openManaged(CoopexUser by, long poolId, long version) {
		PoolRow pool = this.access.managed(by, poolId, version);
		pool.requireOpen();
		return pool;
	}

	void changed(CoopexUser by, PoolRow pool, PoolChange change, String detail) {
		this.events.publishEvent(new PoolChanged(pool.id, pool.title, change, detail, (by != null) ? by.id() : null));
	}

	/**
	 * Refuses a change of keys that leaves an item with nothing to split it by (the areas
	 * or weights of all participants at zero), with the message naming the item; a pool
	 * that could not be split that way before the change is not held to it.
	 */
	private static void requireStillSplits(SplitInput before, SplitInput after) {
		LedgerException now = nothingToSplitBy(after);
		if (now != null && nothingToSplitBy(before) == null) {
			throw now;
		}
	}

	/** The refusal of the first item whose key has nothing to split it by, or null. */
	private static LedgerException nothingToSplitBy(SplitInput input) {
		Map<Long, DraftRules.Keys> keys;
		try {
			keys = DraftRules.keys(input.participants());
		}
		catch (LedgerException ex) {
			return null;
		}
		for (SplitInput.Item item : input.items()) {
			try {
				DraftRules.item(item.draft(), input.defaultKey(), keys);
			}
			catch (LedgerException ex) {
				if (DraftRules.WEIGHTS_ZERO.equals(ex.messageKey())) {
					return ex;
				}
			}
		}
		return null;
	}

	/** The item cleaned up and checked against the pool's key and active participants. */
	private CostItemDraft validItem(PoolRow pool, CostItemDraft item) {
		if (item == null) {
			throw new LedgerException("label", "ledger.item.label-required");
		}
		String cleanLabel = DraftRules.label(item.label(), "label", "ledger.item.label-required");
		boolean fixed = item.key() == AllocationKey.FIXED;
		CostItemDraft clean = new CostItemDraft(cleanLabel, item.category(), item.amount(), item.vatRate(),
				item.paidBy(), (item.paidBy() == PaidBy.PARTICIPANT) ? item.advancedBy() : null, item.key(),
				fixed ? item.restKey() : null, fixed ? item.fixedAmounts() : Map.of());
		try {
			DraftRules.item(clean, pool.defaultKey, this.store.activeDrafts(pool.id));
		}
		catch (LedgerException ex) {
			// an item may be entered before anyone takes part
			if (!DraftRules.NO_PARTICIPANTS.equals(ex.messageKey())) {
				throw ex;
			}
		}
		return clean;
	}

	/**
	 * The columns of an item, in the order of the statements above, then {@code last}.
	 */
	private static Object[] columns(CostItemDraft item, long last) {
		return new Object[] { item.label(), item.category().name(), item.amount(), item.vatRate(), item.paidBy().name(),
				item.advancedBy(), PoolStore.name(item.key()), PoolStore.name(item.restKey()), last };
	}

	private static String itemDetail(CostItemDraft item) {
		return item.label() + ": " + plain(item.amount());
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "-";
	}

}
