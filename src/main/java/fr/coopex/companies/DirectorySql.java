package fr.coopex.companies;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Writes the SQL conditions of the company directory on profile {@code p}, each on the
 * fields the viewer may see.
 */
final class DirectorySql {

	private DirectorySql() {
	}

	/** SQL: the words in order, at the start of words of one field the viewer sees. */
	static String phrase(List<String> words, MapSqlParameterSource params) {
		params.addValue("text", "% " + String.join(" ", words) + "%");
		return "(p.name_search like :text or (p.trade_search like :text and " + visible("TRADE_NAME")
				+ ") or (p.capability_search like :text and " + visible("PRODUCTS") + "))";
	}

	/**
	 * SQL: the query's activity, region and market, on fields the viewer sees; or null.
	 */
	static String filters(CompanyDirectory.Query query, MapSqlParameterSource params) {
		List<String> sql = new ArrayList<>();
		if (query.nafPrefix() != null) {
			params.addValue("naf", query.nafPrefix().replace("%", "").replace("_", "") + "%");
			sql.add("p.naf_code like :naf and " + visible("NAF"));
		}
		if (query.region() != null) {
			params.addValue("region", query.region().code());
			sql.add("p.region = :region and " + visible("REGION"));
		}
		if (query.market() != null) {
			params.addValue("market", query.market());
			sql.add("exists (select 1 from company_market m where m.company_id = p.company_id"
					+ " and m.code = :market and ((m.kind = 'SERVED' and " + visible("MARKETS_SERVED")
					+ ") or (m.kind = 'TARGETED' and " + visible("MARKETS_TARGETED") + ")))");
		}
		return sql.isEmpty() ? null : String.join(" and ", sql);
	}

	/** SQL: both conditions, or the first when the second is null. */
	static String and(String a, String b) {
		return (b == null) ? a : a + " and " + b;
	}

	/**
	 * SQL: the query's longest words begin words that the viewer may see of company
	 * {@code p}, found in the word index ({@link SearchWords}). PostgreSQL then reads the
	 * companies of a rare word (few, whatever the size of the directory), or walks the
	 * names in order for a common one and stops after the page; a word found nowhere
	 * costs a few reads instead of a scan of every profile.
	 */
	static void lookUp(List<String> words, StringBuilder sql) {
		for (String word : SearchWords.lookedUp(String.join(" ", words))) {
			// a literal, not a parameter: the planner needs the prefix to use the index
			// and
			// to estimate how many companies have it, which a generic plan of the
			// prepared
			// statement would not; a word is letters and digits only
			sql.append(" and p.company_id in (select w.company_id from company_search_word w where w.word like '")
				.append(word)
				.append("%' and (w.visibility = 'PUBLIC' or w.company_id = :me")
				.append(" or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:neighbours))))");
		}
	}

	/**
	 * SQL: the field of company {@code p} is visible to the viewer. The profile row holds
	 * its public and ecosystem-level fields ({@code CompanyProfile.publicFields}), so the
	 * check reads no other table.
	 */
	static String visible(String field) {
		return "(p.company_id = :me or " + shownPublicly(field) + " or (" + shownToEcosystems(field)
				+ " and p.company_id = any(:neighbours)))";
	}

	/** SQL: company {@code p} shows the field to everyone. */
	static String shownPublicly(String field) {
		return "p.public_fields like '%," + field + ",%'";
	}

	/** SQL: company {@code p} shows the field to the members of its ecosystems. */
	static String shownToEcosystems(String field) {
		return "p.ecosystem_fields like '%," + field + ",%'";
	}

}
