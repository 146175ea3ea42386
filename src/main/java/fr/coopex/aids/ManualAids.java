package fr.coopex.aids;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import fr.coopex.shared.security.CoopexUser;

/** The de minimis aids firms enter by hand, checked before they are kept. */
@Component
class ManualAids {

	/** The largest amount one line may hold: above any de minimis aid. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");

	private final JdbcTemplate jdbc;

	ManualAids(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long add(CoopexUser member, ManualAid aid, LocalDate today, Instant now) {
		String name = text(aid.name(), "name", 200);
		String body = text(aid.grantingBody(), "grantingBody", 200);
		if (aid.grantedOn() == null) {
			throw new AidException("grantedOn", "aids.de-minimis.date-required");
		}
		if (aid.grantedOn().isAfter(today.plusYears(1)) || aid.grantedOn().isBefore(today.minusYears(20))) {
			throw new AidException("grantedOn", "aids.de-minimis.date-range");
		}
		if (aid.amount() == null || aid.amount().signum() <= 0 || aid.amount().compareTo(MAX_AMOUNT) > 0
				|| aid.amount().scale() > 2) {
			throw new AidException("amount", "aids.de-minimis.amount-range");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement(
					"insert into de_minimis_manual_aid (company_id, name, granting_body, granted_on, amount, created_by, created_at) "
							+ "values (?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setLong(1, member.organisationId());
			insert.setString(2, name);
			insert.setString(3, body);
			insert.setObject(4, aid.grantedOn());
			insert.setBigDecimal(5, aid.amount().setScale(2));
			insert.setLong(6, member.id());
			insert.setTimestamp(7, Timestamp.from(now));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	void remove(long companyId, long id) {
		if (this.jdbc.update("delete from de_minimis_manual_aid where id = ? and company_id = ?", id, companyId) == 0) {
			throw new AidNotFoundException();
		}
	}

	List<DeMinimisEntry> of(long companyId) {
		return this.jdbc.query(
				"select id, name, granting_body, granted_on, amount from de_minimis_manual_aid where company_id = ?",
				(rs, n) -> new DeMinimisEntry(DeMinimisEntry.Origin.MANUAL, rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)),
				companyId);
	}

	private static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new AidException(field, "aids.de-minimis.required");
		}
		String clean = value.strip();
		if (clean.length() > max) {
			throw new AidException(field, "aids.de-minimis.too-long");
		}
		return clean;
	}

}
