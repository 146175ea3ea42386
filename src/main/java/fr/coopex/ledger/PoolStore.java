package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import fr.coopex.ledger.Ledger.PoolNotFoundException;
import fr.coopex.ledger.PoolView.Participant;

/**
 * Loads and saves pools and their parts: the pool row (locked and moved to a new version
 * by every change), participants, cost items with their fixed amounts, subsidies, and the
 * split input they make.
 */
@Component
class PoolStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PoolStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	JdbcTemplate jdbc() {
		return this.jdbc;
	}

	Optional<PoolRow> load(long poolId) {
		return this.jdbc.query("select * from ledger_pool where id = ?", PoolRow::of, poolId).stream().findFirst();
	}

	PoolRow require(long poolId) {
		return load(poolId).orElseThrow(PoolNotFoundException::new);
	}

	/**
	 * Locks the pool row for this transaction, checks the version the caller saw, and
	 * moves the version on (every change of a pool or its parts is a new version).
	 */
	PoolRow lock(long poolId, long expectedVersion) {
		PoolRow pool = this.jdbc.query("select * from ledger_pool where id = ? for update", PoolRow::of, poolId)
			.stream()
			.findFirst()
			.orElseThrow(PoolNotFoundException::new);
		if (expectedVersion != Ledger.ANY_VERSION && expectedVersion != pool.version) {
			throw new LedgerException(null, "ledger.stale");
		}
		this.jdbc.update("update ledger_pool set version = version + 1, updated_at = ? where id = ?",
				Timestamp.from(this.clock.instant()), poolId);
		pool.version++;
		return pool;
	}

	Optional<Long> poolOf(PoolOwnerKind ownerKind, long ownerId) {
		return this.jdbc
			.queryForList("select id from ledger_pool where owner_kind = ? and owner_id = ?", Long.class,
					ownerKind.name(), ownerId)
			.stream()
			.findFirst();
	}

	/** Inserts a row and returns its generated id. */
	long insert(String sql, Object... args) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	Instant now() {
		return this.clock.instant();
	}

	List<Participant> participants(long poolId) {
		return this.jdbc.query("select * from ledger_participant where pool_id = ? order by company_name, company_id",
				(rs, i) -> {
					int headcount = rs.getInt("headcount");
					Integer known = rs.wasNull() ? null : headcount;
					return new Participant(rs.getLong("company_id"), rs.getString("company_name"),
							rs.getBigDecimal("area"), rs.getBigDecimal("weight"), known,
							rs.getBoolean("first_time_exporter"), rs.getInt("previous_participations"),
							"WITHDRAWN".equals(rs.getString("status")));
				}, poolId);
	}

	/** The participants still in the pool, as the split engine takes them. */
	List<ParticipantDraft> activeDrafts(long poolId) {
		return participants(poolId).stream().filter((p) -> !p.withdrawn()).map(Participant::draft).toList();
	}

	List<PoolView.Item> items(long poolId) {
		Map<Long, Map<Long, BigDecimal>> fixed = new HashMap<>();
		this.jdbc.query(
				"select f.item_id, f.company_id, f.amount from ledger_fixed_amount f join ledger_cost_item i on i.id = f.item_id where i.pool_id = ?",
				(ResultSet rs) -> {
					fixed.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>())
						.put(rs.getLong(2), rs.getBigDecimal(3));
				}, poolId);
		return this.jdbc.query("select * from ledger_cost_item where pool_id = ? order by id", (rs, i) -> {
			long advanced = rs.getLong("advanced_by");
			Long advancedBy = rs.wasNull() ? null : advanced;
			long id = rs.getLong("id");
			return new PoolView.Item(id,
					new CostItemDraft(rs.getString("label"), CostCategory.valueOf(rs.getString("category")),
							rs.getBigDecimal("amount"), rs.getBigDecimal("vat_rate"),
							PaidBy.valueOf(rs.getString("paid_by")), advancedBy, key(rs.getString("allocation_key")),
							key(rs.getString("rest_key")), fixed.getOrDefault(id, Map.of())));
		}, poolId);
	}

	List<PoolView.SubsidyItem> subsidies(long poolId) {
		return this.jdbc.query("select * from ledger_subsidy where pool_id = ? order by id", (rs, i) -> {
			Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
			Arrays.stream(rs.getString("categories").split(","))
				.filter((c) -> !c.isBlank())
				.forEach((c) -> categories.add(CostCategory.valueOf(c)));
			int maxHeadcount = rs.getInt("max_headcount");
			Integer headcount = rs.wasNull() ? null : maxHeadcount;
			int maxPrevious = rs.getInt("max_previous");
			Integer previous = rs.wasNull() ? null : maxPrevious;
			return new PoolView.SubsidyItem(rs.getLong("id"),
					new SubsidyDraft(rs.getString("label"), rs.getBigDecimal("amount"), rs.getBigDecimal("rate"),
							categories, headcount, rs.getBoolean("first_time_only"), previous, rs.getBigDecimal("cap"),
							rs.getString("aid_id")));
		}, poolId);
	}

	SplitInput input(PoolRow pool) {
		return input(pool, participants(pool.id));
	}

	SplitInput input(PoolRow pool, List<Participant> participants) {
		return input(pool, participants, items(pool.id), subsidies(pool.id));
	}

	static SplitInput input(PoolRow pool, List<Participant> participants, List<PoolView.Item> items,
			List<PoolView.SubsidyItem> subsidies) {
		return new SplitInput(pool.defaultKey,
				participants.stream().filter((p) -> !p.withdrawn()).map(Participant::draft).toList(),
				items.stream().map((i) -> new SplitInput.Item(i.id(), i.draft())).toList(),
				subsidies.stream().map((s) -> new SplitInput.Subsidy(s.id(), s.draft())).toList());
	}

	void requireItem(long poolId, long itemId) {
		Integer count = this.jdbc.queryForObject("select count(*) from ledger_cost_item where id = ? and pool_id = ?",
				Integer.class, itemId, poolId);
		if (count == null || count == 0) {
			throw new PoolNotFoundException();
		}
	}

	void insertFixedAmounts(long itemId, CostItemDraft item) {
		item.fixedAmounts()
			.forEach((company, amount) -> this.jdbc.update(
					"insert into ledger_fixed_amount (item_id, company_id, amount) values (?, ?, ?)", itemId, company,
					amount));
	}

	/** When the current posting was made, or null before the first. */
	Instant postedAt(PoolRow pool) {
		return (pool.currentPostingId == null) ? null
				: this.jdbc.queryForObject("select posted_at from ledger_posting where id = ?",
						(rs, i) -> rs.getTimestamp(1).toInstant(), pool.currentPostingId);
	}

	/** Each participant's lines as posted, by company id. */
	Map<Long, List<Split.Line>> postedLines(long postingId) {
		Map<Long, List<Split.Line>> lines = new HashMap<>();
		this.jdbc.query(
				"select company_id, kind, ref_id, label, category, ht, vat, amount, billed_directly "
						+ "from ledger_allocation_line where posting_id = ? order by company_id, line_no",
				(ResultSet rs) -> {
					lines.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
						.add(new Split.Line(Split.LineKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
								(rs.getString(5) != null) ? CostCategory.valueOf(rs.getString(5)) : null,
								rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBoolean(9)));
				}, postingId);
		Map<Long, List<Split.Line>> kept = new HashMap<>();
		lines.forEach((company, list) -> kept.put(company, List.copyOf(list)));
		return Map.copyOf(kept);
	}

	/** See {@link Ledger#inconsistentPools()}. */
	List<Long> inconsistentPools() {
		return this.jdbc.queryForList("""
				select p.id from ledger_pool p
				left join (select pool_id,
				                  sum(case when kind = 'SHARE' then amount else 0 end) as shares,
				                  sum(amount) as balance
				           from ledger_entry group by pool_id) e on e.pool_id = p.id
				where (p.posted_total is not null and coalesce(e.shares, 0) <> p.posted_total)
				   or coalesce(e.balance, 0) <> 0
				   or (p.current_posting_id is not null and p.posted_total <> (
				         select coalesce(sum(l.amount), 0) from ledger_allocation_line l
				         where l.posting_id = p.current_posting_id))
				order by p.id""", Long.class);
	}

	static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static AllocationKey key(String value) {
		return (value != null) ? AllocationKey.valueOf(value) : null;
	}

}
