package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The queries behind {@link CooperationFigures}, over the confirmed pools. */
@Component
class CooperationQueries {

	private static final String CONFIRMED_IN_PERIOD = "p.status = 'POSTED' and exists (select 1 from ledger_posting g "
			+ "where g.id = p.current_posting_id and g.posted_at >= ? and g.posted_at < ?)";

	private final JdbcTemplate jdbc;

	CooperationQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<CooperationFigures.PoolTotal> pools(long ecosystemId, Instant from, Instant until) {
		List<CooperationFigures.PoolTotal> pools = new ArrayList<>();
		this.jdbc.query("select p.id, p.owner_kind, p.owner_id, p.title, p.default_key, p.posted_total, "
				+ "(select count(distinct l.company_id) from ledger_allocation_line l where l.posting_id = p.current_posting_id), "
				+ "(select coalesce(sum(e.amount), 0) from ledger_entry e where e.pool_id = p.id and e.kind = 'SUBSIDY') "
				+ "from ledger_pool p where p.ecosystem_id = ? and " + CONFIRMED_IN_PERIOD + " order by p.id", (rs) -> {
					long id = rs.getLong(1);
					List<String> keys = new ArrayList<>(List.of(rs.getString(5)));
					for (String key : this.jdbc.queryForList(
							"select distinct allocation_key from ledger_cost_item "
									+ "where pool_id = ? and allocation_key is not null order by allocation_key",
							String.class, id)) {
						if (!keys.contains(key)) {
							keys.add(key);
						}
					}
					pools.add(new CooperationFigures.PoolTotal(id, rs.getString(2), rs.getLong(3), rs.getString(4),
							keys, rs.getLong(7), rs.getBigDecimal(6).add(rs.getBigDecimal(8)), rs.getBigDecimal(8)));
				}, ecosystemId, Timestamp.from(from), Timestamp.from(until));
		return pools;
	}

	List<CooperationFigures.StandShare> shares(String which, long id, Instant from, Instant until) {
		return this.jdbc.query("select p.id, p.owner_id, p.ecosystem_id, p.title, l.company_id, "
				+ "(select a.area from ledger_participant a where a.pool_id = p.id and a.company_id = l.company_id), "
				+ "(select sum(a.area) from ledger_participant a where a.pool_id = p.id and a.company_id in "
				+ "  (select distinct x.company_id from ledger_allocation_line x where x.posting_id = p.current_posting_id)), "
				+ "(select sum(x.amount) from ledger_allocation_line x where x.posting_id = p.current_posting_id and x.kind = 'ITEM'), "
				+ "sum(case when l.kind = 'ITEM' then l.amount else 0 end), "
				+ "-sum(case when l.kind = 'SUBSIDY' then l.amount else 0 end) "
				+ "from ledger_pool p join ledger_allocation_line l on l.posting_id = p.current_posting_id "
				+ "where p.owner_kind = 'STAND' and " + which + " and " + CONFIRMED_IN_PERIOD
				+ " group by p.id, p.owner_id, p.ecosystem_id, p.title, l.company_id, p.current_posting_id "
				+ "order by p.id, l.company_id",
				(rs, i) -> new CooperationFigures.StandShare(rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getString(4), rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
						rs.getBigDecimal(9), rs.getBigDecimal(10)),
				id, Timestamp.from(from), Timestamp.from(until));
	}

	BigDecimal subsidiesOf(long companyId, long ecosystemId, Instant from, Instant until) {
		BigDecimal total = this.jdbc.queryForObject("select -coalesce(sum(l.amount), 0) from ledger_pool p "
				+ "join ledger_allocation_line l on l.posting_id = p.current_posting_id "
				+ "where l.company_id = ? and l.kind = 'SUBSIDY' and p.ecosystem_id = ? and " + CONFIRMED_IN_PERIOD,
				BigDecimal.class, companyId, ecosystemId, Timestamp.from(from), Timestamp.from(until));
		return (total != null) ? total : BigDecimal.ZERO;
	}

	CooperationFigures.Cash cash(long ecosystemId, Instant from, Instant until, LocalDate fromDay, LocalDate untilDay) {
		BigDecimal called = this.jdbc
			.queryForObject("select coalesce(sum(l.amount), 0) - coalesce((select sum(r.amount) "
					+ "from ledger_cash_call_reversal r join ledger_cash_call c2 on c2.id = r.cash_call_id "
					+ "join ledger_pool p2 on p2.id = c2.pool_id where p2.ecosystem_id = ? "
					+ "and c2.called_at >= ? and c2.called_at < ?), 0) "
					+ "from ledger_cash_call_line l join ledger_cash_call c on c.id = l.cash_call_id "
					+ "join ledger_pool p on p.id = c.pool_id where p.ecosystem_id = ? and c.called_at >= ? and c.called_at < ?",
					BigDecimal.class, ecosystemId, Timestamp.from(from), Timestamp.from(until), ecosystemId,
					Timestamp.from(from), Timestamp.from(until));
		BigDecimal collected = this.jdbc.queryForObject("select coalesce(sum(y.amount), 0) from ledger_payment y "
				+ "join ledger_pool p on p.id = y.pool_id where p.ecosystem_id = ? and y.payer_company_id is not null "
				+ "and y.payee_company_id is null and y.paid_on >= ? and y.paid_on < ?", BigDecimal.class, ecosystemId,
				java.sql.Date.valueOf(fromDay), java.sql.Date.valueOf(untilDay));
		return new CooperationFigures.Cash(called, collected);
	}

	Map<Long, CooperationFigures.EcosystemTotals> confirmedByEcosystem() {
		Map<Long, Set<Long>> participants = new HashMap<>();
		this.jdbc.query("select distinct p.ecosystem_id, l.company_id from ledger_pool p "
				+ "join ledger_allocation_line l on l.posting_id = p.current_posting_id "
				+ "where p.status = 'POSTED' and l.company_id is not null", (rs) -> {
					participants.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>()).add(rs.getLong(2));
				});
		Map<Long, CooperationFigures.EcosystemTotals> totals = new HashMap<>();
		this.jdbc.query("select p.ecosystem_id, count(*), coalesce(sum(p.posted_total), 0), "
				+ "coalesce(sum(s.amount), 0) from ledger_pool p left join (select pool_id, sum(amount) amount "
				+ "from ledger_entry where kind = 'SUBSIDY' group by pool_id) s on s.pool_id = p.id "
				+ "where p.status = 'POSTED' group by p.ecosystem_id", (rs) -> {
					long ecosystem = rs.getLong(1);
					BigDecimal subsidies = rs.getBigDecimal(4);
					totals.put(ecosystem,
							new CooperationFigures.EcosystemTotals(rs.getLong(2), rs.getBigDecimal(3).add(subsidies),
									subsidies, Set.copyOf(participants.getOrDefault(ecosystem, Set.of()))));
				});
		return totals;
	}

}
