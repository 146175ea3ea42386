package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the labelling of an ecosystem reads of its cost pools: totals of the ecosystem as
 * a whole, never a company's balance. Read-only.
 */
@Component
public class LedgerIndicators {

	private final JdbcTemplate jdbc;

	LedgerIndicators(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param posted the ecosystem's posted (confirmed) pools
	 * @param settled those of them where every company's balance is zero
	 */
	public record Pools(long posted, long settled) {
	}

	@Transactional(readOnly = true)
	public Pools pools(long ecosystemId) {
		return this.jdbc.queryForObject("""
				select count(*),
				       coalesce(sum(case when not exists (
				           select 1 from ledger_entry e where e.pool_id = p.id and e.company_id is not null
				           group by e.company_id having sum(e.amount) <> 0) then 1 else 0 end), 0)
				from ledger_pool p where p.ecosystem_id = ? and p.status = 'POSTED'""",
				(rs, i) -> new Pools(rs.getLong(1), rs.getLong(2)), ecosystemId);
	}

	/**
	 * The ecosystem's cash calls due more than {@code days} days before the date of which
	 * a line (not cancelled) is still unpaid: its company's payments to the pool (less
	 * refunds) do not cover its lines due up to that call, taken in the order they fall
	 * due.
	 */
	@Transactional(readOnly = true)
	public long cashCallsOverdue(long ecosystemId, LocalDate asOf, int days) {
		Long count = this.jdbc.queryForObject(
				"""
						select count(distinct c.id) from ledger_cash_call c
						join ledger_pool p on p.id = c.pool_id
						join ledger_cash_call_line l on l.cash_call_id = c.id
						where p.ecosystem_id = ? and c.due_on < ? and p.status <> 'CANCELLED'
						  and not exists (select 1 from ledger_cash_call_reversal r
						                  where r.cash_call_id = c.id and r.company_id = l.company_id)
						  and (select coalesce(sum(l2.amount), 0) from ledger_cash_call_line l2
						       join ledger_cash_call c2 on c2.id = l2.cash_call_id
						       where c2.pool_id = p.id and l2.company_id = l.company_id
						         and (c2.due_on < c.due_on or (c2.due_on = c.due_on and c2.id <= c.id))
						         and not exists (select 1 from ledger_cash_call_reversal r2
						                         where r2.cash_call_id = c2.id and r2.company_id = l2.company_id))
						    > (select coalesce(sum(case when y.payer_company_id = l.company_id then y.amount else -y.amount end), 0)
						       from ledger_payment y where y.pool_id = p.id
						         and (y.payer_company_id = l.company_id or y.payee_company_id = l.company_id))""",
				Long.class, ecosystemId, java.sql.Date.valueOf(asOf.minusDays(days)));
		return count == null ? 0 : count;
	}

	/** The subsidies received through the ecosystem's posted pools, in euros. */
	@Transactional(readOnly = true)
	public BigDecimal subsidies(long ecosystemId) {
		BigDecimal total = this.jdbc.queryForObject(
				"select coalesce(sum(e.amount), 0) from ledger_entry e join ledger_pool p on p.id = e.pool_id "
						+ "where p.ecosystem_id = ? and p.status = 'POSTED' and e.kind = 'SUBSIDY'",
				BigDecimal.class, ecosystemId);
		return total == null ? BigDecimal.ZERO : total;
	}

}
