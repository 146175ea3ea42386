package fr.coopex.fairs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the labelling of an ecosystem reads of its shared stands: counts, and which
 * companies took part (to be counted with the other shared actions, never shown).
 * Read-only.
 */
@Component
public class StandIndicators {

	private final JdbcTemplate jdbc;

	StandIndicators(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The ecosystem's stands confirmed (confirmed or settled since) between two instants:
	 * a stand counts from the moment its participations were confirmed.
	 */
	@Transactional(readOnly = true)
	public long confirmedBetween(long ecosystemId, Instant from, Instant to) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from stand s
				where s.ecosystem_id = ? and s.status in ('CONFIRMED', 'SETTLED')
				  and coalesce((select min(p.confirmed_at) from stand_participation p where p.stand_id = s.id),
				               s.updated_at) > ?
				  and coalesce((select min(p.confirmed_at) from stand_participation p where p.stand_id = s.id),
				               s.updated_at) <= ?""", Long.class, ecosystemId, Timestamp.from(from),
				Timestamp.from(to));
		return count == null ? 0 : count;
	}

	/**
	 * The companies that exhibited on a confirmed stand of the ecosystem, or hold area on
	 * one.
	 */
	@Transactional(readOnly = true)
	public List<Long> participants(long ecosystemId) {
		return this.jdbc.queryForList("""
				select distinct b.company_id from stand_booking b join stand s on s.id = b.stand_id
				where s.ecosystem_id = ? and s.status <> 'CANCELLED' and b.status in ('BOOKED', 'CANCELLED_OWING')
				union
				select distinct p.company_id from stand_participation p join stand s on s.id = p.stand_id
				where s.ecosystem_id = ?""", Long.class, ecosystemId, ecosystemId);
	}

}
