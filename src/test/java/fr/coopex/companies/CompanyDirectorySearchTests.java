package fr.coopex.companies;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory finds a company by the beginnings of the words of its names and products,
 * in order, accents and capitals aside, through its word index; a word found nowhere
 * finds nothing.
 */
@IntegrationTest
class CompanyDirectorySearchTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	CompanyDirectory directory;

	@Test
	void findsTheBeginningsOfWordsInOrderWhateverTheAccentsAndCapitals() {
		CoopexUser owner = this.fixtures.member();
		String mark = "Zq" + Long.toString(System.nanoTime(), 36);
		products(owner, "Moteurs électriques-" + mark + " pour l'Industrie");
		CoopexUser viewer = this.fixtures.member();
		long company = owner.organisationId();

		for (String found : List.of(mark, mark.toUpperCase(), "ÉLECTRIQUES " + mark,
				"moteurs electriques-" + mark.substring(0, 4), mark + " pour l'industrie", mark + " pour l")) {
			assertThat(ids(viewer, found)).as(found).contains(company);
		}
		for (String notFound : List.of(mark.substring(1), mark + "x", "electriques moteurs " + mark,
				"lectriques " + mark, mark + " absentword")) {
			assertThat(ids(viewer, notFound)).as(notFound).doesNotContain(company);
		}
	}

	@Test
	void aWordOfAPrivateFieldFindsTheCompanyForItselfOnly() {
		CoopexUser owner = this.fixtures.member();
		String mark = "Zp" + Long.toString(System.nanoTime(), 36);
		CompanyCard own = this.companies.ownProfile(owner);
		this.companies.update(owner,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, Set.of(), Set.of(), "Capteurs " + mark, null,
						null, Set.of(), Set.of(), Map.of(ProfileField.PRODUCTS, Visibility.PRIVATE)));
		assertThat(ids(owner, mark)).contains(owner.organisationId());
		assertThat(ids(this.fixtures.member(), mark)).doesNotContain(owner.organisationId());
	}

	private List<Long> ids(CoopexUser viewer, String text) {
		return this.directory.search(viewer, new CompanyDirectory.Query(text, null, null, null), 0)
			.getContent()
			.stream()
			.map(CompanyCard::companyId)
			.toList();
	}

	private void products(CoopexUser owner, String products) {
		CompanyCard own = this.companies.ownProfile(owner);
		this.companies.update(owner,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, Set.of(), Set.of(), products, null, null,
						Set.of(), Set.of(), Map.of(ProfileField.PRODUCTS, Visibility.PUBLIC)));
	}

}
