package fr.coopex.transparency;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The prices per m² alone that coordinators state per fair. */
@Component
class ReferencePrices {

	private final JdbcTemplate jdbc;

	ReferencePrices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The ecosystem's prices, by fair id. */
	Map<Long, BigDecimal> of(long ecosystemId) {
		Map<Long, BigDecimal> prices = new HashMap<>();
		this.jdbc.query("select fair_id, price_per_m2 from transparency_reference_price where ecosystem_id = ?",
				(rs) -> {
					prices.put(rs.getLong(1), rs.getBigDecimal(2));
				}, ecosystemId);
		return prices;
	}

	void set(long ecosystemId, long fairId, BigDecimal price, long by, Instant at) {
		int changed = this.jdbc.update(
				"update transparency_reference_price set price_per_m2 = ?, set_by = ?, "
						+ "set_at = ? where ecosystem_id = ? and fair_id = ?",
				price, by, Timestamp.from(at), ecosystemId, fairId);
		if (changed == 0) {
			this.jdbc.update("insert into transparency_reference_price (ecosystem_id, fair_id, price_per_m2, set_by, "
					+ "set_at) values (?, ?, ?, ?, ?)", ecosystemId, fairId, price, by, Timestamp.from(at));
		}
	}

}
