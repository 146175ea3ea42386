package fr.coopex.aids;

import java.time.LocalDate;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import fr.coopex.shared.config.CacheConfiguration;

/**
 * The catalogue's searches of visitors and of people without a company (no verdicts in
 * them), cached ({@value CacheConfiguration#AID_SEARCHES}) by their criteria, the
 * revision of the catalogue and the day (which says what closes soon): a search asked
 * again costs nothing, whatever the size of the catalogue. A new revision or a new day
 * makes new keys; the old ones are dropped when unused. A search not asked before costs
 * what it did.
 */
@Component
class AnonymousSearches {

	/**
	 * @param index the catalogue's index of {@code revision}
	 */
	@Cacheable(cacheNames = CacheConfiguration.AID_SEARCHES, key = "{#search, #revision, #today}", sync = true)
	public AidSearchResult search(CatalogueIndex index, long revision, AidSearch search, LocalDate today) {
		return index.search(search, null, today);
	}

}
