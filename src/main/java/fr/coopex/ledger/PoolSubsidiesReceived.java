package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.aids.PoolSubsidies;
import fr.coopex.shared.config.ClockConfiguration;

/**
 * What each firm received from the subsidies of the pools it takes part in, as the
 * current confirmed split of each pool posted it: for the firm's de minimis register
 * (aids).
 */
@Component
class PoolSubsidiesReceived implements PoolSubsidies {

	private final JdbcTemplate jdbc;

	PoolSubsidiesReceived(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Received> received(long companyId) {
		return this.jdbc
			.query("select s.aid_id, s.label, p.title, t.posted_at, sum(l.amount) "
					+ "from ledger_allocation_line l join ledger_pool p on p.current_posting_id = l.posting_id "
					+ "join ledger_posting t on t.id = l.posting_id join ledger_subsidy s on s.id = l.ref_id "
					+ "where l.company_id = ? and l.kind = 'SUBSIDY' group by s.aid_id, s.label, p.title, t.posted_at",
					(rs, n) -> new Received((Long) rs.getObject(1, Long.class), rs.getString(2), rs.getString(3),
							day(rs.getTimestamp(4).toInstant()), rs.getBigDecimal(5).negate().max(BigDecimal.ZERO)),
					companyId)
			.stream()
			.filter((received) -> received.amount().signum() > 0)
			.toList();
	}

	private static LocalDate day(Instant at) {
		return at.atZone(ClockConfiguration.PARIS).toLocalDate();
	}

}
