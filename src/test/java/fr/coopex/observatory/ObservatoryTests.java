package fr.coopex.observatory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.Scope;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.StatisticalProfile;
import fr.coopex.companies.StatisticalProfiles;
import fr.coopex.companies.StatisticsConsent;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.fairs.StandFixtures;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandStatus;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observatory end to end: the statistics consent decides which private fields count,
 * an agency sees its own regions and nothing of another's, the pages and their CSV files,
 * and the public national summary.
 */
@IntegrationTest
class ObservatoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	StatisticalProfiles profiles;

	@Autowired
	StatisticsConsent consent;

	@Autowired
	Observatory observatory;

	@Autowired
	CacheManager caches;

	@Autowired
	ObservatorySnapshots snapshots;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	StandManagement stands;

	@Test
	void privateFieldsCountOnlyForTheCompaniesThatConsented() throws Exception {
		List<CoopexUser> members = firms(Region.LA_REUNION, 3);
		// default visibilities: the export situation is shown to ecosystems, the
		// obstacles and the turnover are private
		assertThat(this.profiles.within(Set.of(Region.LA_REUNION))).hasSize(3).allSatisfy((p) -> {
			assertThat(p.exportSituation()).isEqualTo(ExportSituation.EXPORTING);
			assertThat(p.obstacles()).isNull();
			assertThat(p.turnover()).isNull();
		});
		WebSession browser = signedIn(members.get(0));
		assertThat(browser.get("/account/company/statistics").getResponse().getContentAsString())
			.contains("Vous n’avez pas encore répondu");
		assertThat(browser.post("/account/company/statistics", "consent", "true").getResponse().getRedirectedUrl())
			.isEqualTo("/account/company/statistics");
		assertThat(this.consent.answer(members.get(0).organisationId())).contains(true);
		this.consent.answer(members.get(1), false);
		List<StatisticalProfile> counted = this.profiles.within(Set.of(Region.LA_REUNION));
		assertThat(counted).filteredOn((p) -> p.obstacles() != null)
			.singleElement()
			.satisfies((p) -> assertThat(p.obstacles()).containsExactly(Obstacle.STANDARDS))
			.satisfies((p) -> assertThat(p.turnover()).isEqualTo(TurnoverBand.UNDER_500K));
		// withdrawn: private again
		assertThat(browser.post("/account/company/statistics").getResponse().getRedirectedUrl()).isNotNull();
		assertThat(this.profiles.within(Set.of(Region.LA_REUNION)))
			.allSatisfy((p) -> assertThat(p.obstacles()).isNull());
	}

	@Test
	void anAgencySeesItsRegionsAndNothingOfAnother() throws Exception {
		firms(Region.MAYOTTE, 6);
		CoopexUser mayotte = officer("MAYOTTE");
		CoopexUser guyane = officer("GUYANE");
		ObservatoryReport own = this.observatory.report(mayotte, null);
		assertThat(own.companies()).isEqualTo(6);
		assertThat(own.table("export-situation").orElseThrow().cells().get(0).count()).isEqualTo(6);
		ObservatoryReport other = this.observatory.report(guyane, null);
		assertThat(other.companies()).isNull();
		assertThat(other.tables()).allSatisfy((t) -> assertThat(t.base()).isNull());

		WebSession browser = signedIn(mayotte);
		String page = browser.get("/observatory").getResponse().getContentAsString();
		assertThat(page).contains("Territoire : Mayotte", "6 entreprises comptées", "data-export-situation",
				"plus de 65 %");
		String csv = browser.get("/observatory/export-situation.csv")
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"Exporte\";\"6\"");
		// filtered by size: the six are small firms, no micro firm
		assertThat(browser.get("/observatory?size=SMALL").getResponse().getContentAsString())
			.contains("6 entreprises comptées");
		assertThat(browser.get("/observatory?size=MICRO").getResponse().getContentAsString())
			.contains("Moins de 5 entreprises");
		assertThat(signedIn(guyane).get("/observatory").getResponse().getContentAsString())
			.contains("Moins de 5 entreprises")
			.doesNotContain("6 entreprises comptées");
	}

	@Test
	void theFiguresOfATerritoryReadOnceAreComputedAgainAheadOfItsOfficers() {
		CoopexUser guadeloupe = officer("GUADELOUPE");
		Cache reports = this.caches.getCache(CacheConfiguration.OBSERVATORY);
		reports.clear();
		try {
			ObservatoryReport first = this.observatory.report(guadeloupe, null);
			assertThat(reports.get(Set.of(Region.GUADELOUPE))).isNotNull();

			assertThat(this.observatory.precompute()).isGreaterThanOrEqualTo(1);

			// the officer reads the figures computed ahead, not the first ones
			ObservatoryReport ahead = this.observatory.report(guadeloupe, null);
			assertThat(ahead).isNotSameAs(first).isEqualTo(first);
			assertThat(((ObservatoryFigures.TerritoryReports) reports.get(Set.of(Region.GUADELOUPE)).get()).all())
				.isSameAs(ahead);
		}
		finally {
			// figures computed at this moment must not stand for later tests' populations
			reports.clear();
		}
	}

	@Test
	void aMonthlySnapshotFeedsTheTrendOnceAMonth() {
		firms(Region.MARTINIQUE, 5);
		CoopexUser officer = officer("MARTINIQUE");
		java.time.Clock march = java.time.Clock.fixed(java.time.Instant.parse("2031-03-10T10:00:00Z"),
				java.time.ZoneOffset.UTC);
		// the officer's figures are computed (and kept) before the month's snapshot
		assertThat(this.observatory.trend(officer)).extracting(TrendPoint::month)
			.doesNotContain(java.time.LocalDate.of(2031, 3, 1));
		assertThat(this.snapshots.takeAt(march)).isPositive();
		// the snapshot drops the kept figures: the officer's trend has the new month at
		// once
		assertThat(this.observatory.territory(officer, null).trend()).extracting(TrendPoint::month)
			.contains(java.time.LocalDate.of(2031, 3, 1));
		// taken once a month: the next night writes nothing
		assertThat(this.snapshots.takeAt(java.time.Clock.offset(march, java.time.Duration.ofDays(1)))).isZero();
		List<TrendPoint> trend = this.snapshots.trend(Set.of(Region.MARTINIQUE));
		assertThat(trend).extracting(TrendPoint::month).contains(java.time.LocalDate.of(2031, 3, 1));
		TrendPoint last = trend.get(trend.size() - 1);
		assertThat(last.situation().base()).isEqualTo(5);
		// all five export: the complement (none) is shown, the count too
		assertThat(last.situation().count()).isEqualTo(5);
		assertThat(this.snapshots.trend(Set.of(Region.CORSE)))
			.allSatisfy((p) -> assertThat(p.situation().shown()).isFalse());
	}

	@Test
	void theNationalSummaryIsPublic() throws Exception {
		WebSession visitor = new WebSession(this.mvc);
		assertThat(visitor.get("/observatory/summary").getResponse().getContentAsString())
			.contains("Observatoire national");
		assertThat(visitor.get("/observatory/summary/obstacles-by-size.csv").getResponse().getStatus()).isEqualTo(200);
		assertThat(visitor.get("/observatory").getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void theTerritorysEcosystemsCountAsAWholeWithTheirConfirmedStands() throws Exception {
		StandFixtures.Ecosystem eco = this.standFixtures.ecosystem(5);
		eco.members().forEach((member) -> locate(member, Region.CENTRE_VAL_DE_LOIRE));
		long stand = this.standFixtures.stand(eco, this.standFixtures.fair("Salon " + System.nanoTime()), "50", "6");
		for (CoopexUser member : eco.members()) {
			this.stands.book(member, stand, new BigDecimal("10"), null);
		}
		this.standFixtures.spaceCost(eco, stand, "10000.00");
		this.stands.changeStatus(eco.coordinator(), stand, this.stands.view(stand).version(), StandStatus.CLOSED);
		this.stands.changeStatus(eco.coordinator(), stand, this.stands.view(stand).version(), StandStatus.CONFIRMED);

		CoopexUser officer = officer("CENTRE_VAL_DE_LOIRE");
		ObservatoryReport report = this.observatory.report(officer, null);
		assertThat(report.ecosystems().ecosystems()).isEqualTo(1);
		assertThat(report.ecosystems().memberCompanies()).isEqualTo(5);
		assertThat(report.ecosystems().actions()).isEqualTo(1);
		assertThat(report.ecosystems().participants()).isEqualTo(5);
		// 10,000 € of space before 20% VAT
		assertThat(report.ecosystems().costsShared()).isEqualByComparingTo("12000.00");
		assertThat(report.ecosystems().subsidies()).isEqualByComparingTo("0");
		assertThat(report.table("ecosystem-member").orElseThrow().cells()).extracting(Cell::key, Cell::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("YES", 5L),
					org.assertj.core.groups.Tuple.tuple("NO", 0L));
		// another territory sees none of it
		assertThat(this.observatory.report(officer("GUYANE"), null).ecosystems().ecosystems()).isNull();

		WebSession browser = signedIn(officer);
		assertThat(browser.get("/observatory").getResponse().getContentAsString()).contains("Écosystèmes du territoire",
				"12\u202F000,00\u00A0€", "Entreprises membres d’un écosystème d’export");
		assertThat(browser.get("/observatory/ecosystems.csv").getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("\"Écosystèmes\";\"1\"", "\"Coûts partagés (TTC, avant subventions, EUR)\";\"12000,00\"");
	}

	private void locate(CoopexUser member, Region region) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, region, null, null, null,
						null, null, null, null, null, null, null, null, null, Set.of(), Set.of(), null, null, null,
						Set.of(), Set.of(), Map.of()));
	}

	private List<CoopexUser> firms(Region region, int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj((i) -> {
			CoopexUser member = this.fixtures.member();
			CompanyCard own = this.companies.ownProfile(member);
			this.companies.update(member,
					new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, region, null, null,
							HeadcountBand.FROM_10_TO_19, TurnoverBand.UNDER_500K, null, null, null, null, null,
							ExportSituation.EXPORTING, 20, 1, Set.of(), Set.of(), null, null, null,
							Set.of(Obstacle.STANDARDS), Set.of(), Map.of()));
			return member;
		}).toList();
	}

	private CoopexUser officer(String region) {
		long id = this.accounts
			.createAccount(
					new AccountManagement.NewAccount(Fixtures.uniqueEmail("agent"), "Agent Observatoire", Role.AGENCY,
							OrganisationKind.AGENCY, "Agence " + System.nanoTime(), null, Fixtures.PASSWORD, true),
					"test");
		CoopexUser officer = this.accounts.principal(id);
		this.organisations.setScope(this.fixtures.user(Role.ADMIN), officer.organisationId(),
				new Scope(false, List.of(region)), List.of());
		return officer;
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc);
		session.signIn(user.email(), Fixtures.PASSWORD);
		return session;
	}

}
