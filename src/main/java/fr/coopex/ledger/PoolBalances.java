package fr.coopex.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.Settlement.Party;

/**
 * The balance rule of the package documentation: every party's balance, and the amount
 * due now at each stage of a pool.
 */
final class PoolBalances {

	/** The sums kept per party: share, direct, advance, subsidy, paid, received. */
	private static final int SUMS = 6;

	private PoolBalances() {
	}

	/**
	 * Every party's balance, the coordination body first: the posted entries once the
	 * split is confirmed; before that, the entries the provisional split would post; and
	 * the payments at every stage. The amount due now is filled in by
	 * {@link AmountsDueNow#of}.
	 */
	static List<PartyBalance> of(JdbcTemplate jdbc, PoolRow pool, Split split, Map<Long, String> names) {
		Map<Long, long[]> sums = new LinkedHashMap<>();
		if (!pool.isPosted() && split != null) {
			for (Object[] entry : SplitEntries.of(split)) {
				add(sums, (Long) entry[0], (String) entry[1], (BigDecimal) entry[2]);
			}
		}
		else {
			jdbc.query(
					"select company_id, kind, sum(amount) from ledger_entry where pool_id = ? "
							+ "and kind <> 'PAYMENT' group by company_id, kind",
					(ResultSet rs) -> add(sums, companyId(rs), rs.getString(2), rs.getBigDecimal(3)), pool.id);
		}
		if (!pool.isPosted()) {
			// the outcomes of defaults are written at once, whatever the stage of the
			// pool
			jdbc.query(
					"select company_id, kind, sum(amount) from ledger_entry where pool_id = ? "
							+ "and kind = 'DEFAULT' group by company_id, kind",
					(ResultSet rs) -> add(sums, companyId(rs), rs.getString(2), rs.getBigDecimal(3)), pool.id);
		}
		jdbc.query(
				"select company_id, sum(case when amount < 0 then amount else 0 end), sum(case when amount > 0 then amount else 0 end) "
						+ "from ledger_entry where pool_id = ? and kind = 'PAYMENT' group by company_id",
				(ResultSet rs) -> {
					long[] sum = sumsOf(sums, companyId(rs));
					sum[4] += -cents(rs.getBigDecimal(2));
					sum[5] += cents(rs.getBigDecimal(3));
				}, pool.id);
		// participants without entries yet show with zeros
		names.keySet().forEach((id) -> sumsOf(sums, id));
		List<Long> order = new ArrayList<>(sums.keySet());
		order.sort(Comparator.nullsFirst(Comparator.<Long, String>comparing((id) -> names.getOrDefault(id, ""))
			.thenComparing(Comparator.naturalOrder())));
		List<PartyBalance> balances = new ArrayList<>();
		for (Long key : order) {
			long[] s = sums.get(key);
			long balance = s[0] + s[1] + s[2] + s[3] - s[4] + s[5];
			balances.add(new PartyBalance(party(key, names), Split.euros(s[0]), Split.euros(-s[1]), Split.euros(-s[2]),
					Split.euros(s[3]), Split.euros(s[4]), Split.euros(s[5]), Split.euros(balance), null));
		}
		return balances;
	}

	private static void add(Map<Long, long[]> sums, Long party, String kind, BigDecimal amount) {
		long[] sum = sumsOf(sums, party);
		long cents = cents(amount);
		switch (kind) {
			// a waived or re-split default moves a share from the defaulter to others
			case "SHARE", "DEFAULT" -> sum[0] += cents;
			case "DIRECT" -> sum[1] += cents;
			case "ADVANCE" -> sum[2] += cents;
			case "SUBSIDY" -> sum[3] += cents;
			default -> {
				// payments are summed apart, by direction
			}
		}
	}

	private static long[] sumsOf(Map<Long, long[]> sums, Long party) {
		return sums.computeIfAbsent(party, (k) -> new long[SUMS]);
	}

	private static Long companyId(ResultSet rs) throws java.sql.SQLException {
		long company = rs.getLong(1);
		return rs.wasNull() ? null : company;
	}

	static Party party(Long companyId, Map<Long, String> names) {
		return new Party(companyId, (companyId == null) ? null : names.getOrDefault(companyId, "#" + companyId));
	}

	static long cents(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}

}
