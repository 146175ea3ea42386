package fr.coopex.aids;

import java.util.ArrayList;
import java.util.Comparator;
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

	/**
	 * The positions of the {@code limit} open aids (or of unknown status) of the index of
	 * {@code revision} that a company with these facts is eligible for, best fit first
	 * (ties in index order): the home page's suggestions, cached
	 * ({@value CacheConfiguration#AID_BEST_ELIGIBLE}) like the verdicts.
	 */
	@Cacheable(cacheNames = CacheConfiguration.AID_BEST_ELIGIBLE, key = "{#company, #year, #revision, #limit}",
			sync = true)
	public int[] bestEligible(List<AidView> aids, long revision, CompanyFacts company, int year, int limit) {
		List<int[]> eligible = new ArrayList<>();
		for (int i = 0; i < aids.size(); i++) {
			AidData aid = aids.get(i).data();
			if (aid.status() != null && aid.status() != AidStatus.OPEN) {
				continue;
			}
			Eligibility.Assessment assessment = Eligibility.assess(aid.criteria(), company, year);
			if (assessment.verdict() == Eligibility.Verdict.ELIGIBLE) {
				eligible.add(new int[] { i, assessment.fit() });
			}
		}
		return eligible.stream()
			.sorted(Comparator.comparingInt((int[] e) -> e[1]).reversed())
			.limit(limit)
			.mapToInt((e) -> e[0])
			.toArray();
	}

}
