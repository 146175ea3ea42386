package fr.coopex.companies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A directory search driven by the word index in name order: the companies holding the
 * query's rarest word are read from {@code company_search_word} already sorted by legal
 * name (index {@code company_search_word_order_idx}, V103), a window at a time, and only
 * those are checked against the rest of the query. A page then costs about as many reads
 * as it shows, whatever the size of the directory and wherever its names sort (walking
 * every name in order until a page matched read 17,500 profiles for "société" at 1x).
 * <p>
 * The words but the last must be whole words (the query matches them followed by a
 * space); the last one may be the beginning of a word.
 */
final class WordWindow {

	/** Counting a word's companies stops here: beyond, it is a common word. */
	static final int COMMON = 2000;

	/** A common beginning with more words than this is left to the walk of names. */
	static final int MAX_EXPANSIONS = 30;

	/** The largest window read; the caller keeps the offset well below it. */
	static final int MAX_WINDOW = 200_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final int common;

	WordWindow(NamedParameterJdbcTemplate jdbc) {
		this(jdbc, COMMON);
	}

	/** With another threshold of common words (tests reach every path on small data). */
	WordWindow(NamedParameterJdbcTemplate jdbc, int common) {
		this.jdbc = jdbc;
		this.common = common;
	}

	/**
	 * The ids of the page, in name order, plus one if there is a next page; empty when
	 * this search is better answered by walking the names (a very common beginning of a
	 * word).
	 * @param words the query's words, folded, at least one
	 * @param filters SQL on profile {@code p} that a company must also meet (the words in
	 * order, the region...), or null when the driving word says it all
	 * @param params the parameters of {@code filters} and the viewer's ({@code me},
	 * {@code neighbours})
	 */
	Optional<List<Long>> page(List<String> words, String filters, MapSqlParameterSource params, int offset, int size) {
		List<String> candidates = candidates(words);
		List<Integer> counts = counts(candidates);
		int driver = 0;
		for (int i = 1; i < counts.size(); i++) {
			if (counts.get(i) < counts.get(driver)) {
				driver = i;
			}
		}
		if (counts.get(driver) == 0) {
			return Optional.of(List.of());
		}
		String word = candidates.get(driver);
		boolean prefix = driver == candidates.size() - 1;
		List<String> exact;
		if (!prefix) {
			exact = List.of(word);
		}
		else if (counts.get(driver) < this.common) {
			exact = null;
		}
		else {
			exact = expansions(word);
			if (exact.size() > MAX_EXPANSIONS) {
				return Optional.empty();
			}
		}
		String others = otherWords(candidates, driver);
		String check = join(filters, others);
		int needed = offset + size + 1;
		int window = (check == null) ? needed : needed * 4;
		while (true) {
			Map<Long, Boolean> rows = new LinkedHashMap<>();
			int read = window(hits(word, exact, window), check, params, rows);
			List<Long> matching = rows.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
			if (matching.size() >= needed || read < window || window >= MAX_WINDOW) {
				return Optional
					.of(matching.subList(Math.min(offset, matching.size()), Math.min(needed, matching.size())));
			}
			window = Math.min(window * 8, MAX_WINDOW);
		}
	}

	/**
	 * The words as the index keeps them: every word but the last whole, the last one a
	 * beginning; repeated words once.
	 */
	private static List<String> candidates(List<String> words) {
		Set<String> distinct = new LinkedHashSet<>();
		for (String word : words) {
			distinct.add(word.length() > SearchWords.MAX_LENGTH ? word.substring(0, SearchWords.MAX_LENGTH) : word);
		}
		List<String> result = new ArrayList<>(distinct);
		String last = cut(words.get(words.size() - 1));
		result.remove(last);
		result.add(last);
		return result;
	}

	private static String cut(String word) {
		return word.length() > SearchWords.MAX_LENGTH ? word.substring(0, SearchWords.MAX_LENGTH) : word;
	}

	/** How many index rows each word has, counted up to {@link #COMMON}. */
	private List<Integer> counts(List<String> candidates) {
		StringBuilder sql = new StringBuilder("select ");
		for (int i = 0; i < candidates.size(); i++) {
			boolean prefix = i == candidates.size() - 1;
			sql.append(i == 0 ? "" : ", ")
				.append("(select count(*) from (select 1 from company_search_word w where w.word ")
				.append(prefix ? "like '" + candidates.get(i) + "%'" : "= '" + candidates.get(i) + "'")
				.append(" limit " + COMMON + ") c) as n" + i);
		}
		Map<String, Object> row = this.jdbc.queryForMap(sql.toString(), Map.of());
		return row.values().stream().map((value) -> ((Number) value).intValue()).toList();
	}

	/**
	 * The index's words beginning with {@code prefix}, in order, at most one more than
	 * {@link #MAX_EXPANSIONS}: each found by one step down the index from the previous.
	 */
	private List<String> expansions(String prefix) {
		String like = "'" + prefix + "%'";
		String sql = "with recursive e(word) as (select min(word) from company_search_word where word like " + like
				+ " union all select (select min(w.word) from company_search_word w where w.word > e.word and w.word like "
				+ like + ") from e where e.word is not null) select word from e where word is not null fetch first "
				+ (MAX_EXPANSIONS + 1) + " rows only";
		return this.jdbc.queryForList(sql, Map.of(), String.class);
	}

	/**
	 * SQL: the first {@code window} companies, in name order, with a word the viewer
	 * sees: one of {@code exact}, or beginning with {@code word} when {@code exact} is
	 * null. Each exact word is read in name order from the index and the reads merged.
	 */
	private static String hits(String word, List<String> exact, int window) {
		String seen = " and (w.visibility = 'PUBLIC' or w.company_id = :me"
				+ " or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:neighbours)))";
		StringBuilder sql = new StringBuilder("select m.company_id, m.legal_name from (");
		if (exact == null) {
			sql.append("select w.company_id, w.legal_name from company_search_word w where w.word like '")
				.append(word)
				.append("%'")
				.append(seen);
		}
		else {
			for (int i = 0; i < exact.size(); i++) {
				sql.append(i == 0 ? "(" : " union all (")
					.append("select w.company_id, w.legal_name from company_search_word w where w.word = '")
					.append(exact.get(i))
					.append("'")
					.append(seen)
					.append(" order by w.legal_name, w.company_id)");
			}
		}
		return sql.append(") m order by m.legal_name, m.company_id fetch first ")
			.append(window)
			.append(" rows only")
			.toString();
	}

	/**
	 * Puts the window's companies in {@code rows}, in name order, once each, with whether
	 * each meets the rest of the query; answers how many rows the window held.
	 */
	private int window(String hits, String check, MapSqlParameterSource params, Map<Long, Boolean> rows) {
		String sql = "select h.company_id, "
				+ (check == null ? "1" : "case when p.company_id is null then 0 else 1 end") + " from (" + hits + ") h"
				+ (check == null ? "" : " left join company_profile p on p.company_id = h.company_id and " + check)
				+ " order by h.legal_name, h.company_id";
		int[] read = { 0 };
		this.jdbc.query(sql, params, (rs) -> {
			read[0]++;
			rows.merge(rs.getLong(1), rs.getInt(2) == 1, Boolean::logicalOr);
		});
		return read[0];
	}

	/**
	 * SQL: company {@code p} also has the query's other words, as the viewer sees them.
	 */
	private static String otherWords(List<String> candidates, int driver) {
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < candidates.size(); i++) {
			if (i == driver) {
				continue;
			}
			boolean prefix = i == candidates.size() - 1;
			sql.append(sql.isEmpty() ? "" : " and ")
				.append("exists (select 1 from company_search_word o where o.company_id = p.company_id and o.word ")
				.append(prefix ? "like '" + candidates.get(i) + "%'" : "= '" + candidates.get(i) + "'")
				.append(" and (o.visibility = 'PUBLIC' or o.company_id = :me")
				.append(" or (o.visibility = 'ECOSYSTEM' and o.company_id = any(:neighbours))))");
		}
		return sql.isEmpty() ? null : sql.toString();
	}

	private static String join(String a, String b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : a + " and " + b;
	}

}
