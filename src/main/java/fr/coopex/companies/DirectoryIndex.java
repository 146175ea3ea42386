package fr.coopex.companies;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory's searches by words, answered from a copy of the word index held in
 * memory ({@link WordIndex}). The copy gives, in name order, the companies that hold
 * every word of the query where the viewer may see it and show the region asked for, and
 * which of them have the words in order in one field the viewer sees; the activity and
 * the market asked for are checked in SQL, a window of them at a time. The companies
 * changed since the copy was taken (their {@code updated_at}, with a margin for
 * transactions still open then and for the clocks of other instances,
 * {@code coopex.companies.search-index.margin}) are left out of it and checked in SQL
 * whatever it says, so that a change made on any instance is searchable at once.
 * <p>
 * The copy is taken at the first search, taken again in the background when it is older
 * than {@code coopex.companies.search-index.max-age}, and at once by a search that finds
 * more than {@code coopex.companies.search-index.max-changed} companies changed since (an
 * import); while that many are still changing, the names are walked instead.
 */
@Component
class DirectoryIndex {

	private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);

	/** The largest window of companies checked in SQL at once. */
	static final int MAX_WINDOW = 20_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final JdbcTemplate reader;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final Duration maxAge;

	private final int maxChanged;

	/** How far before the copy was taken a change still counts as after it. */
	private final Duration margin;

	private volatile WordIndex current;

	DirectoryIndex(DataSource dataSource, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
			Clock clock, @Value("${coopex.companies.search-index.max-age:PT10M}") Duration maxAge,
			@Value("${coopex.companies.search-index.max-changed:200}") int maxChanged,
			@Value("${coopex.companies.search-index.margin:PT10S}") Duration margin) {
		this.jdbc = jdbc;
		this.reader = new JdbcTemplate(dataSource);
		// the index is read as a stream, not held whole by the driver
		this.reader.setFetchSize(10_000);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.clock = clock;
		this.maxAge = maxAge;
		this.maxChanged = maxChanged;
		this.margin = margin;
	}

	/**
	 * The ids of a page of the directory searched by words, in name order, plus one if
	 * there is a next page; empty when too many companies are changing to search the copy
	 * (the caller walks the names).
	 * @param words the query's words, folded, at least one
	 * @param regionCode the region asked for, or null
	 * @param check SQL on profile {@code p} that a company must meet: the words in order
	 * in one field the viewer sees, and the query's filters
	 * @param filters SQL on profile {@code p} for the query's filters other than the
	 * region (activity, market), or null
	 * @param params the parameters of {@code check} and {@code filters}, and the viewer's
	 * ({@code me}, {@code neighbours})
	 * @param me the viewer's company
	 * @param neighbours the companies sharing an ecosystem with the viewer
	 */
	Optional<List<Long>> page(List<String> words, String regionCode, String check, String filters,
			MapSqlParameterSource params, long me, Set<Long> neighbours, int offset, int size) {
		WordIndex index = index();
		Changed changed = changed(index, check, params);
		if (changed == null) {
			// many changes at once (an import): a new copy, or the names walked meanwhile
			index = refresh(index);
			changed = changed(index, check, params);
			if (changed == null) {
				return Optional.empty();
			}
		}
		int mine = index.rank(me);
		BitSet peers = index.ranks(neighbours);
		BitSet candidates = index.matching(terms(words), mine, peers, regionCode);
		candidates.andNot(index.ranks(changed.all()));
		String phrase = " " + String.join(" ", words);
		int needed = offset + size + 1;
		// the candidates are in name order: those with the words in order in a field the
		// viewer sees are taken until the page is full, checked against the other
		// filters in SQL a window at a time
		List<Long> found = new ArrayList<>();
		int window = (filters == null) ? needed : needed * 2;
		int next = candidates.nextSetBit(0);
		while (found.size() < needed && next >= 0) {
			List<Long> ids = new ArrayList<>();
			while (ids.size() < window && next >= 0) {
				if (index.says(next, phrase, mine, peers)) {
					ids.add(index.id(next));
				}
				next = candidates.nextSetBit(next + 1);
			}
			if (filters != null && !ids.isEmpty()) {
				ids.retainAll(new HashSet<>(check(ids, filters, params, false)));
			}
			ids.stream().limit(needed - found.size()).forEach(found::add);
			window = Math.min(window * 4, MAX_WINDOW);
		}
		if (!changed.matching().isEmpty()) {
			// a changed company may sort anywhere: the first companies found and the
			// changed ones, put in name order together
			found.addAll(changed.matching());
			found = check(found, null, params, true);
		}
		return Optional.of(found.subList(Math.min(offset, found.size()), Math.min(needed, found.size())));
	}

	/**
	 * The words as the index keeps them: every word but the last whole, the last one a
	 * beginning; repeated words once.
	 */
	static List<String> terms(List<String> words) {
		List<String> terms = new ArrayList<>();
		for (String word : words) {
			String term = SearchWords.cut(word);
			if (!terms.contains(term)) {
				terms.add(term);
			}
		}
		String last = SearchWords.cut(words.get(words.size() - 1));
		terms.remove(last);
		terms.add(last);
		return terms;
	}

	/**
	 * The companies changed since the copy was taken, and those of them that match; null
	 * when more than {@code maxChanged} changed.
	 */
	private record Changed(Set<Long> all, Set<Long> matching) {
	}

	private Changed changed(WordIndex index, String check, MapSqlParameterSource params) {
		Set<Long> all = new HashSet<>();
		Set<Long> matching = new HashSet<>();
		params.addValue("changedSince", java.sql.Timestamp.from(index.takenAt.minus(this.margin)));
		this.jdbc.query("select p.company_id, case when " + check + " then 1 else 0 end from company_profile p"
				+ " where p.updated_at > :changedSince limit " + (this.maxChanged + 1), params, (rs) -> {
					all.add(rs.getLong(1));
					if (rs.getInt(2) == 1) {
						matching.add(rs.getLong(1));
					}
				});
		return (all.size() > this.maxChanged) ? null : new Changed(all, matching);
	}

	/**
	 * The companies of a list that meet a check (any when null), in name order or not.
	 */
	private List<Long> check(List<Long> ids, String check, MapSqlParameterSource params, boolean inNameOrder) {
		params.addValue("ids", new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0])));
		return this.jdbc.queryForList("select p.company_id from company_profile p where p.company_id = any(:ids)"
				+ (check == null ? "" : " and " + check) + (inNameOrder ? " order by p.legal_name, p.company_id" : ""),
				params, Long.class);
	}

	/** The current copy, taken now if there is none yet. */
	private WordIndex index() {
		WordIndex index = this.current;
		if (index == null) {
			synchronized (this) {
				index = this.current;
				if (index == null) {
					index = take();
				}
			}
		}
		return index;
	}

	/**
	 * Takes the copy again when it is old. Searches go on with the previous copy
	 * meanwhile.
	 */
	@Scheduled(initialDelayString = "${coopex.companies.search-index.check-every:PT30S}",
			fixedDelayString = "${coopex.companies.search-index.check-every:PT30S}")
	void refreshIfDue() {
		WordIndex index = this.current;
		if (index != null && index.takenAt.plus(this.maxAge).isBefore(this.clock.instant())) {
			refresh(index);
		}
	}

	/** Takes the copy again now. */
	synchronized void refresh() {
		take();
	}

	/** Takes the copy again, unless another thread did since {@code seen} was read. */
	private synchronized WordIndex refresh(WordIndex seen) {
		return (this.current == seen) ? take() : this.current;
	}

	private WordIndex take() {
		long started = System.nanoTime();
		Instant takenAt = this.clock.instant();
		WordIndex index = this.readOnly.execute((status) -> WordIndexReader.read(this.reader, takenAt));
		this.current = index;
		log.debug("Directory index taken: {} companies in {} ms", index.size(),
				(System.nanoTime() - started) / 1_000_000);
		return index;
	}

}
