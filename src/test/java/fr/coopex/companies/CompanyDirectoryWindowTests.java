package fr.coopex.companies;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's pages driven by the word index in name order: every company once, in
 * the order of legal names, across pages, with a region, with two words, and through each
 * way the index is read (a rare word, a beginning shared by several words).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyDirectoryWindowTests {

	private static final int COMPANIES = 36;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	private final String mark = "Zw" + Long.toString(System.nanoTime(), 36);

	/** The companies in the order of their legal names. */
	private final List<Long> inNameOrder = new ArrayList<>();

	private CoopexUser viewer;

	@BeforeAll
	void companiesWhoseNamesSortOtherwiseThanTheyWereCreated() {
		List<Integer> ranks = new ArrayList<>(IntStream.range(0, COMPANIES).boxed().toList());
		Collections.shuffle(ranks, new Random(7));
		Long[] byRank = new Long[COMPANIES];
		for (int rank : ranks) {
			CoopexUser owner = this.fixtures.member();
			CompanyCard own = this.companies.ownProfile(owner);
			Region region = rank % 3 == 0 ? Region.BRETAGNE : Region.OCCITANIE;
			// a word beginning with the mark in every name, and two words sharing its
			// beginning: the index holds several words for the mark's beginning
			String name = String.format("Maison %s %02d %s", this.mark, rank, this.mark + (rank % 2 == 0 ? "a" : "b"));
			this.companies.update(owner,
					new ProfileUpdate(own.version(), name, null, null, null, null, region, null, null, null, null, null,
							null, null, null, null, null, null, null, Set.of(), Set.of(), "Pompes doseuses", null, null,
							Set.of(), Set.of(),
							Map.of(ProfileField.REGION, Visibility.PUBLIC, ProfileField.PRODUCTS, Visibility.PUBLIC)));
			byRank[rank] = owner.organisationId();
		}
		this.inNameOrder.addAll(List.of(byRank));
		this.viewer = this.fixtures.member();
	}

	@Test
	void aRareWordGivesEveryCompanyOnceInNameOrderAcrossPages() {
		Slice<CompanyCard> first = search(this.mark, null, 0);
		Slice<CompanyCard> second = search(this.mark, null, 1);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
		List<Long> found = new ArrayList<>(ids(first));
		found.addAll(ids(second));
		assertThat(found).containsExactlyElementsOf(this.inNameOrder);
	}

	@Test
	void aRegionKeepsItsCompaniesInNameOrder() {
		List<Long> expected = IntStream.range(0, COMPANIES)
			.filter((rank) -> rank % 3 == 0)
			.mapToObj(this.inNameOrder::get)
			.toList();
		assertThat(ids(search(this.mark, Region.BRETAGNE, 0))).containsExactlyElementsOf(expected);
	}

	@Test
	void twoWordsMatchOnlyInTheirOrder() {
		assertThat(ids(search("maison " + this.mark, null, 0)))
			.containsExactlyElementsOf(this.inNameOrder.subList(0, 25));
		assertThat(ids(search(this.mark + " 07", null, 0))).containsExactly(this.inNameOrder.get(7));
		assertThat(ids(search("07 " + this.mark + "b", null, 0))).containsExactly(this.inNameOrder.get(7));
		assertThat(ids(search("07 " + this.mark + "a", null, 0))).isEmpty();
		assertThat(ids(search(this.mark + "b 07", null, 0))).isEmpty();
		assertThat(ids(search(this.mark + " pompes", null, 0))).isEmpty();
	}

	@Test
	void aBeginningSharedByManyWordsIsReadWordByWordAndMerged() {
		// every word is "common" here: the beginning of the mark is expanded into the
		// words
		// of the index that begin with it, each read in name order, then merged
		WordWindow window = new WordWindow(this.jdbc, 0);
		String beginning = this.mark.substring(0, this.mark.length() - 1).toLowerCase();
		List<Long> pages = new ArrayList<>(window.page(List.of(beginning), null, params(), 0, 25).orElseThrow());
		assertThat(pages).hasSize(26);
		pages.remove(25);
		pages.addAll(window.page(List.of(beginning), null, params(), 25, 25).orElseThrow());
		assertThat(pages).containsExactlyElementsOf(this.inNameOrder);
	}

	@Test
	void aWordFoundNowhereReadsNothingMore() {
		assertThat(ids(search(this.mark + "q", null, 0))).isEmpty();
		assertThat(
				new WordWindow(this.jdbc).page(List.of("maison", this.mark.toLowerCase() + "q"), null, params(), 0, 25))
			.contains(List.of());
	}

	private MapSqlParameterSource params() {
		return new MapSqlParameterSource().addValue("me", this.viewer.organisationId())
			.addValue("neighbours", new SqlParameterValue(Types.ARRAY, new Long[0]));
	}

	private Slice<CompanyCard> search(String text, Region region, int page) {
		return this.directory.search(this.viewer, new CompanyDirectory.Query(text, null, region, null), page);
	}

	private static List<Long> ids(Slice<CompanyCard> slice) {
		return slice.getContent().stream().map(CompanyCard::companyId).toList();
	}

}
