package fr.coopex.fairs;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which fair each stand is at, for the cooperation statements and transparency reports
 * (which compare a stand's cost with a reference price per fair). Read-only.
 */
@Component
public class StandFairs {

	private final JdbcTemplate jdbc;

	StandFairs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A fair as these pages name it. */
	public record FairRef(long fairId, String name, LocalDate startsOn) {
	}

	/** The fair of each of these stands (stands unknown are left out). */
	@Transactional(readOnly = true)
	public Map<Long, FairRef> fairsOf(Collection<Long> standIds) {
		Map<Long, FairRef> fairs = new LinkedHashMap<>();
		for (Long standId : standIds) {
			this.jdbc.query("select s.id, f.id, f.name, f.starts_on from stand s join fair f on f.id = s.fair_id "
					+ "where s.id = ?", (rs) -> {
						fairs.put(rs.getLong(1),
								new FairRef(rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate()));
					}, standId);
		}
		return fairs;
	}

	/** The fairs where the ecosystem has a stand not cancelled, the latest first. */
	@Transactional(readOnly = true)
	public List<FairRef> fairsOfEcosystem(long ecosystemId) {
		return this.jdbc.query(
				"select distinct f.id, f.name, f.starts_on from stand s join fair f on f.id = s.fair_id "
						+ "where s.ecosystem_id = ? and s.status <> 'CANCELLED' order by f.starts_on desc, f.id",
				(rs, i) -> new FairRef(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()), ecosystemId);
	}

}
