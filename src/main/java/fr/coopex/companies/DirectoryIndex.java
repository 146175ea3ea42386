package fr.coopex.companies;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

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

	/** The largest window of companies checked in SQL at once. */
	static final int MAX_WINDOW = 20_000;

	private final WordIndexCopy copy;

	private final WordIndexChecks checks;

	DirectoryIndex(DataSource dataSource, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
			Clock clock, @Value("${coopex.companies.search-index.max-age:PT10M}") Duration maxAge,
			@Value("${coopex.companies.search-index.max-changed:200}") int maxChanged,
			@Value("${coopex.companies.search-index.margin:PT10S}") Duration margin) {
		this.copy = new WordIndexCopy(dataSource, transactions, clock, maxAge);
		this.checks = new WordIndexChecks(jdbc, maxChanged, margin);
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
		WordIndex index = this.copy.index();
		WordIndexChecks.Changed changed = this.checks.changed(index, check, params);
		if (changed == null) {
			// many changes at once (an import): a new copy, or the names walked meanwhile
			index = this.copy.refresh(index);
			changed = this.checks.changed(index, check, params);
			if (changed == null) {
				return Optional.empty();
			}
		}
		int mine = index.ranks().rank(me);
		BitSet peers = index.ranks().ranks(neighbours);
		BitSet candidates = index.matching(terms(words), mine, peers, regionCode);
		candidates.andNot(index.ranks().ranks(changed.all()));
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
					ids.add(index.ranks().id(next));
				}
				next = candidates.nextSetBit(next + 1);
			}
			if (filters != null && !ids.isEmpty()) {
				ids.retainAll(new HashSet<>(this.checks.check(ids, filters, params, false)));
			}
			ids.stream().limit(needed - found.size()).forEach(found::add);
			window = Math.min(window * 4, MAX_WINDOW);
		}
		if (!changed.matching().isEmpty()) {
			// a changed company may sort anywhere: the first companies found and the
			// changed ones, put in name order together
			found.addAll(changed.matching());
			found = this.checks.check(found, null, params, true);
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

	/** Takes the copy again when it is old (see {@link WordIndexCopy#refreshIfDue}). */
	@Scheduled(initialDelayString = "${coopex.companies.search-index.check-every:PT30S}",
			fixedDelayString = "${coopex.companies.search-index.check-every:PT30S}")
	void refreshIfDue() {
		this.copy.refreshIfDue();
	}

	/** Takes the copy again now. */
	void refresh() {
		this.copy.refresh();
	}

}
