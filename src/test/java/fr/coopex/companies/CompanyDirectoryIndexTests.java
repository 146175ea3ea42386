package fr.coopex.companies;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's searches by words through the word index held in memory: every company
 * once, in the order of legal names, across pages, with a region, with two words, with a
 * beginning shared by several words; and a company changed after the copy was taken is
 * found as it is now, at its place in name order.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyDirectoryIndexTests {

	private static final int COMPANIES = 36;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	/**
	 * An index without margin: the companies made before it was taken are searched in its
	 * copy, not as changed ones (the application's allows ten seconds).
	 */
	private DirectoryIndex index;

	private CompanyDirectory directory;

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
		this.index = new DirectoryIndex(this.dataSource, this.jdbc, this.transactions, this.clock, Duration.ofHours(1),
				1000, Duration.ZERO);
		this.directory = new CompanyDirectory(this.jdbc, this.companies, this.index);
		this.index.refresh();
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
	void aBeginningSharedByManyWordsGivesTheirCompaniesInNameOrder() {
		// the mark's beginning begins two words of every name
		String beginning = this.mark.substring(0, this.mark.length() - 1).toLowerCase();
		List<Long> found = new ArrayList<>(ids(search(beginning, null, 0)));
		found.addAll(ids(search(beginning, null, 1)));
		assertThat(found).containsExactlyElementsOf(this.inNameOrder);
	}

	@Test
	void aWordFoundNowhereFindsNothing() {
		assertThat(ids(search(this.mark + "q", null, 0))).isEmpty();
		assertThat(ids(search("maison " + this.mark + "q", null, 0))).isEmpty();
	}

	@Test
	void aCompanyChangedAfterTheCopyWasTakenIsFoundAsItIsNowAtItsPlace() {
		String other = "Zv" + Long.toString(System.nanoTime(), 36);
		CoopexUser first = named("Maison " + other + " 05");
		CoopexUser second = named("Maison " + other + " 09");
		CoopexUser third = named("Maison " + other + " 07");
		this.index.refresh();
		assertThat(ids(search(other, null, 0))).containsExactly(first.organisationId(), third.organisationId(),
				second.organisationId());

		rename(second, "Maison " + other + " 01");
		rename(third, "Maison Autre 07");
		CoopexUser fourth = named("Maison " + other + " 06");

		assertThat(ids(search(other, null, 0))).containsExactly(second.organisationId(), first.organisationId(),
				fourth.organisationId());
		assertThat(ids(search("maison " + other + " 0", null, 0))).containsExactly(second.organisationId(),
				first.organisationId(), fourth.organisationId());
	}

	@Test
	void aWordOfAPrivateFieldFindsTheCompanyInTheCopyForItselfOnly() {
		String secret = "Zp" + Long.toString(System.nanoTime(), 36);
		CoopexUser owner = this.fixtures.member();
		CompanyCard own = this.companies.ownProfile(owner);
		this.companies.update(owner,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, Set.of(), Set.of(), "Vannes " + secret, null,
						null, Set.of(), Set.of(), Map.of(ProfileField.PRODUCTS, Visibility.PRIVATE)));
		this.index.refresh();
		assertThat(ids(this.directory.search(owner, new CompanyDirectory.Query(secret, null, null, null), 0)))
			.containsExactly(owner.organisationId());
		assertThat(ids(search(secret, null, 0))).isEmpty();
		assertThat(ids(search("vannes", null, 0))).doesNotContain(owner.organisationId());
	}

	@Test
	void manyCompaniesChangedAtOnceAreFoundByANewCopyOrByWalkingTheNames() {
		String other = "Zi" + Long.toString(System.nanoTime(), 36);
		// two changes at the most: beyond, a new copy is taken; with an hour of margin,
		// the new copy still counts them as changed, and the names are walked
		DirectoryIndex renewed = new DirectoryIndex(this.dataSource, this.jdbc, this.transactions, this.clock,
				Duration.ofHours(1), 2, Duration.ZERO);
		DirectoryIndex walked = new DirectoryIndex(this.dataSource, this.jdbc, this.transactions, this.clock,
				Duration.ofHours(1), 2, Duration.ofHours(1));
		renewed.refresh();
		walked.refresh();
		List<Long> expected = List.of(named("Maison " + other + " 1").organisationId(),
				named("Maison " + other + " 2").organisationId(), named("Maison " + other + " 3").organisationId());
		for (DirectoryIndex index : List.of(renewed, walked)) {
			CompanyDirectory directory = new CompanyDirectory(this.jdbc, this.companies, index);
			assertThat(ids(directory.search(this.viewer, new CompanyDirectory.Query(other, null, null, null), 0)))
				.containsExactlyElementsOf(expected);
		}
	}

	@Test
	void anActivityAskedForIsCheckedOnTheCompaniesOfTheCopy() {
		String other = "Zn" + Long.toString(System.nanoTime(), 36);
		CoopexUser machines = this.fixtures.member();
		CoopexUser pumps = this.fixtures.member();
		for (CoopexUser owner : List.of(machines, pumps)) {
			CompanyCard own = this.companies.ownProfile(owner);
			this.companies.update(owner,
					new ProfileUpdate(own.version(), "Maison " + other, null, null, null,
							owner == machines ? "28.41Z" : "28.13Z", null, null, null, null, null, null, null, null,
							null, null, null, null, null, Set.of(), Set.of(), null, null, null, Set.of(), Set.of(),
							Map.of(ProfileField.NAF, Visibility.PUBLIC)));
		}
		this.index.refresh();
		assertThat(ids(this.directory.search(this.viewer, new CompanyDirectory.Query(other, "28.41", null, null), 0)))
			.containsExactly(machines.organisationId());
		assertThat(ids(this.directory.search(this.viewer, new CompanyDirectory.Query(other, "28", null, null), 0)))
			.containsExactlyInAnyOrder(machines.organisationId(), pumps.organisationId());
	}

	private CoopexUser named(String name) {
		CoopexUser owner = this.fixtures.member();
		rename(owner, name);
		return owner;
	}

	private void rename(CoopexUser owner, String name) {
		CompanyCard own = this.companies.ownProfile(owner);
		this.companies.update(owner,
				new ProfileUpdate(own.version(), name, null, null, null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, Set.of(), Set.of(), null, null, null, Set.of(), Set.of(),
						Map.of()));
	}

	private Slice<CompanyCard> search(String text, Region region, int page) {
		return this.directory.search(this.viewer, new CompanyDirectory.Query(text, null, region, null), page);
	}

	private static List<Long> ids(Slice<CompanyCard> slice) {
		return slice.getContent().stream().map(CompanyCard::companyId).toList();
	}

}
