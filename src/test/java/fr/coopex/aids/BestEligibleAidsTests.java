package fr.coopex.aids;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.coopex.aids.AidCatalogue.Suggestion;
import fr.coopex.aids.Eligibility.Verdict;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's three eligible aids, read from the cached verdicts, are the first
 * eligible ones of the full suggestions, in the same order.
 */
@IntegrationTest
class BestEligibleAidsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	AidCatalogue catalogue;

	@Test
	void theBestEligibleAidsAreTheFirstEligibleSuggestions() {
		CoopexUser member = this.fixtures.member();
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, "28.41Z", Region.BRETAGNE, null,
						null, HeadcountBand.FROM_10_TO_19, TurnoverBand.UNDER_500K, true, null, false, null, 2010,
						ExportSituation.EXPORTING, 20, 1, Set.of(), Set.of(), null, null, null, Set.of(), Set.of(),
						Map.of()));
		var expected = this.catalogue.suggestionsFor(member)
			.stream()
			.filter((s) -> s.assessment().verdict() == Verdict.ELIGIBLE)
			.map(Suggestion::aid)
			.toList();
		assertThat(expected).hasSizeGreaterThan(3);
		assertThat(this.catalogue.bestEligible(member, 3)).containsExactlyElementsOf(expected.subList(0, 3));
		// twice: the second read comes from the cached verdicts
		assertThat(this.catalogue.bestEligible(member, 3)).containsExactlyElementsOf(expected.subList(0, 3));
		// the test database holds the other tests' aids too: as many as asked, no more
		assertThat(this.catalogue.bestEligible(member, 50))
			.containsExactlyElementsOf(expected.subList(0, Math.min(50, expected.size())));
	}

}
