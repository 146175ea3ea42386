package fr.coopex.aids;

import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import fr.coopex.shared.config.CacheConfiguration;

/**
 * The verdict of every published aid for a company's facts, by position in the
 * catalogue's index: cached ({@value CacheConfiguration#AID_VERDICTS}) by facts, year and
 * revision of the catalogue, so that a search by a member costs no eligibility check once
 * a company with the same facts searched. A new revision makes new keys; the old ones are
 * dropped when unused.
 */
@Component
class AidVerdicts {

	/**
	 * @param aids the published aids of the index of {@code revision}, in index order
	 */
	@Cacheable(cacheNames = CacheConfiguration.AID_VERDICTS, key = "{#company, #year, #revision}", sync = true)
	public byte[] of(List<AidView> aids, long revision, CompanyFacts company, int year) {
		byte[] verdicts = new byte[aids.size()];
		for (int i = 0; i < verdicts.length; i++) {
			verdicts[i] = (byte) Eligibility.assess(aids.get(i).data().criteria(), company, year).verdict().ordinal();
		}
		return verdicts;
	}

}
