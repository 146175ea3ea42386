package fr.coopex.home;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.aids.AidCuration;
import fr.coopex.aids.AidData;
import fr.coopex.aids.AidKind;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.Criteria;
import fr.coopex.aids.PaysFor;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.EcosystemStatus;
import fr.coopex.ecosystems.MembershipRole;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.StandFixtures;
import fr.coopex.fairs.StandManagement;
import fr.coopex.labels.LabelFixtures;
import fr.coopex.labels.SchemeView;
import fr.coopex.ledger.CompanyNames;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PoolView;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.money.MoneyFormat;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each block of the signed-in home page against data built for the test: a member
 * company's debts (an overdue cash call in red), memberships, charter, deadlines and new
 * stands; the coordinator's counts, bars and overdue list; the agency's and the admin's
 * queues. A competitor's private data and its own amounts never show on a member's page.
 */
@IntegrationTest
class HomePageBlocksTests {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	LabelFixtures labelFixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	StandManagement stands;

	@Autowired
	FairCalendar calendar;

	@Autowired
	Ledger ledger;

	@Autowired
	CompanyManagement companies;

	@Autowired
	AidCuration curation;

	@Autowired
	MoneyFormat money;

	@Autowired
	MissionManagement missions;

	/** Two competitors on one stand, a deposit called 3 days ago and not paid. */
	record Story(StandFixtures.Ecosystem ecosystem, CoopexUser member, CoopexUser competitor, long stand, long pool,
			LocalDate dueOn, String marker) {
	}

	private Story story() {
		StandFixtures.Ecosystem eco = this.standFixtures.ecosystem(2);
		CoopexUser member = eco.members().get(0);
		CoopexUser competitor = eco.members().get(1);
		String marker = "SECRET-" + System.nanoTime();
		CompanyNames.name(this.companies, competitor, "Concurrent visible " + System.nanoTime());
		CompanyNames.tradeName(this.companies, competitor, marker, Visibility.PRIVATE);
		long fair = this.standFixtures.fair("Salon de l'accueil " + System.nanoTime());
		long stand = this.standFixtures.stand(eco, fair, "40", "4");
		this.stands.book(member, stand, new BigDecimal("12"), null);
		this.stands.book(competitor, stand, new BigDecimal("20"), null);
		this.standFixtures.spaceCost(eco, stand, "10000");
		long pool = this.stands.view(stand).poolId();
		LocalDate dueOn = this.calendar.today().minusDays(3);
		this.ledger.callDeposits(eco.coordinator(), pool, Ledger.ANY_VERSION, "Acompte de salon", new BigDecimal("50"),
				dueOn);
		return new Story(eco, member, competitor, stand, pool, dueOn, marker);
	}

	private BigDecimal outstanding(CoopexUser viewer, long pool, long companyId) {
		return this.ledger.pool(viewer, pool)
			.cashCalls()
			.stream()
			.flatMap((c) -> c.lines().stream())
			.filter((l) -> l.companyId() == companyId)
			.map(PoolView.CashCallLine::outstanding)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private String home(CoopexUser viewer) throws Exception {
		return this.mvc.perform(get("/").with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String euros(BigDecimal amount) {
		return this.money.format(amount, Locale.FRENCH);
	}

	@Test
	void aMemberSeesWhatItOwesWithTheOverdueCashCallInRedAndNothingOfItsCompetitor() throws Exception {
		Story s = story();
		BigDecimal own = outstanding(s.member(), s.pool(), s.member().organisationId());
		BigDecimal theirs = outstanding(s.ecosystem().coordinator(), s.pool(), s.competitor().organisationId());
		assertThat(own).isPositive().isNotEqualByComparingTo(theirs);

		String page = home(s.member());
		assertThat(page).contains("Vous devez " + euros(own) + " avant le " + LONG_DATE.format(s.dueOn()));
		assertThat(page).containsPattern(
				"id=\"owed-" + s.pool() + "\"[^>]*text-danger|text-danger[^>]*id=\"owed-" + s.pool() + "\"");
		assertThat(page).contains("href=\"/pools/" + s.pool() + "#cash-calls\"", "en retard",
				"href=\"/ecosystems/" + s.ecosystem().id() + "#payment-details\"");
		// the new stand, its booking deadline within reach or not, and the profile gaps
		assertThat(page).contains("href=\"/stands/" + s.stand() + "\"", "id=\"home-profile\"", "id=\"home-aids\"");
		// nothing of the competitor: neither its private name nor its amount
		assertThat(page).doesNotContain(s.marker(), euros(theirs), "Concurrent visible");
	}

	@Autowired
	fr.coopex.ledger.PaymentDeclarations declarations;

	@Test
	void eachCashCallOwedLeadsToItsDeclarationAndADeclaredPaymentShowsAsWaiting() throws Exception {
		Story s = story();
		long call = this.ledger.pool(s.member(), s.pool()).cashCalls().get(0).id();
		String declare = "href=\"/pools/" + s.pool() + "/cash-calls/" + call + "/payment\"";
		String page = home(s.member());
		assertThat(page).containsPattern("id=\"owed-call-" + call + "\"[^>]*text-danger")
			.contains(declare, "Déclarer votre paiement")
			.doesNotContain("en attente de confirmation");

		long version = this.ledger.pool(s.member(), s.pool()).version();
		this.declarations.declare(s.member(), s.pool(), version, call, s.member().organisationId(),
				new fr.coopex.ledger.PaymentDeclarations.DeclarationDraft(new BigDecimal("100.00"),
						this.calendar.today(), null));

		page = home(s.member());
		assertThat(page).contains(declare, "id=\"declared-" + call + "\"", "paiement déclaré le "
				+ LONG_DATE.format(this.calendar.today()) + ", en attente de confirmation par le coordinateur");
		// the competitor's page says nothing of it (it declares its own line of the call)
		assertThat(home(s.competitor())).contains(declare).doesNotContain("en attente de confirmation");
	}

	@Test
	void theCoordinatorSeesCountsBarsAndTheOverdueLinesNamedAsItMaySeeThem() throws Exception {
		Story s = story();
		long eco = s.ecosystem().id();
		CoopexUser coordinator = s.ecosystem().coordinator();
		CoopexUser asking = this.fixtures.member();
		this.ecosystems.requestToJoin(asking, eco, null, true);
		this.ecosystems.invite(coordinator, eco, this.fixtures.member().organisationId(), MembershipRole.MEMBER);
		this.ecosystems.update(coordinator, eco, new EcosystemDraft("Charte nouvelle " + System.nanoTime(),
				"Exposer ensemble", Set.of("US"), Set.of("28"), true, "Charte : version suivante."),
				EcosystemStatus.ACTIVE);

		String page = home(coordinator);
		assertThat(page).contains("id=\"home-ecosystem-" + eco + "\"", "1 demande d’adhésion à décider",
				"1 invitation en attente de réponse", "2 membres n’ont pas accepté la charte en vigueur");
		assertThat(page).contains("id=\"stand-bar-" + s.stand() + "\"", "m² réservés sur", "(80 %)");
		assertThat(page).contains("href=\"/console/pools/" + s.pool() + "\"");
		assertThat(page).contains("href=\"/console/pools/" + s.pool() + "#payment-form\"", "Concurrent visible");
		assertThat(page).doesNotContain(s.marker());

		// the coordinator records the member's payment: no longer overdue on its page
		BigDecimal own = outstanding(s.member(), s.pool(), s.member().organisationId());
		this.ledger.recordPayment(coordinator, s.pool(), Ledger.ANY_VERSION,
				new Ledger.PaymentDraft(s.member().organisationId(), null, own, this.calendar.today(), "VIR-1"));
		String member = home(s.member());
		assertThat(member).doesNotContain("id=\"owed-" + s.pool() + "\"", "en retard");
		assertThat(home(coordinator)).contains(euros(own) + " encaissés sur");
	}

	@Test
	void aMemberSeesItsRequestsInvitationsAndCharterToAccept() throws Exception {
		Story s = story();
		CoopexUser member = s.member();
		CoopexUser other = this.fixtures.user(Role.COORDINATOR);
		long asked = this.ecosystems.create(other,
				new EcosystemDraft("Demandé " + System.nanoTime(), "Exporter", Set.of("DE"), Set.of("28"), true, null));
		long inviting = this.ecosystems.create(other, new EcosystemDraft("Invitant " + System.nanoTime(), "Exporter",
				Set.of("DE"), Set.of("28"), true, null));
		this.ecosystems.requestToJoin(member, asked, null, true);
		this.ecosystems.invite(other, inviting, member.organisationId(), MembershipRole.MEMBER);
		this.ecosystems.update(s.ecosystem().coordinator(), s.ecosystem().id(),
				new EcosystemDraft("Charte " + System.nanoTime(), "Exposer ensemble", Set.of("US"), Set.of("28"), true,
						"Charte v2."),
				EcosystemStatus.ACTIVE);

		String page = home(member);
		assertThat(page).contains("href=\"/ecosystems/" + asked + "#join\"", "en attente",
				"href=\"/ecosystems/" + inviting + "#join\"", "invitation à répondre",
				"href=\"/ecosystems/" + s.ecosystem().id() + "#join\"", "Nouvelle charte à accepter");
	}

	@Test
	void aMemberSeesAMissionNewlyOpenInItsEcosystemAndNotOneOfAnother() throws Exception {
		StandFixtures.Ecosystem eco = this.standFixtures.ecosystem(1);
		StandFixtures.Ecosystem elsewhere = this.standFixtures.ecosystem(1);
		LocalDate start = this.calendar.today().plusMonths(2);
		MissionDraft draft = new MissionDraft("Rendez-vous à Chicago " + System.nanoTime(), MissionKind.B2B_MEETINGS,
				"US", start, start.plusDays(3), new BigDecimal("8000"), null);
		long mission = this.missions.propose(eco.coordinator(), eco.id(), draft);
		long other = this.missions.propose(elsewhere.coordinator(), elsewhere.id(), draft);

		String page = home(eco.members().get(0));
		assertThat(page).contains("href=\"/missions/" + mission + "\"", "Mission : " + draft.title());
		assertThat(page).doesNotContain("href=\"/missions/" + other + "\"");
	}

	@Test
	void aLeaderFirmsPersonGetsTheMemberAndTheCoordinatorBlocks() throws Exception {
		LabelFixtures.Eco eco = this.labelFixtures.ecosystem();
		String page = home(eco.leader());
		assertThat(page).contains("id=\"home-member\"", "id=\"home-coordinator\"",
				"id=\"home-ecosystem-" + eco.id() + "\"");
		assertThat(home(eco.member())).contains("id=\"home-member\"").doesNotContain("id=\"home-coordinator\"");
	}

	@Test
	void anAgencyOfficerSeesAidsToVerifyAgainAndApplicationsToReview() throws Exception {
		CoopexUser officer = this.labelFixtures.officer("GRAND_EST");
		SchemeView scheme = this.labelFixtures.publishedScheme(officer);
		long application = this.labelFixtures.submitted(this.labelFixtures.ecosystem(), scheme);
		long stale = this.curation.create(officer,
				aid("Aide à revérifier " + System.nanoTime(), this.calendar.today().minusYears(2)));
		long fresh = this.curation.create(officer, aid("Aide fraîche " + System.nanoTime(), this.calendar.today()));

		String page = home(officer);
		assertThat(page).contains("href=\"/aids/manage/" + stale + "/edit\"",
				"href=\"/labels/applications/" + application + "\"");
		assertThat(page).doesNotContain("href=\"/aids/manage/" + fresh + "/edit\"");
	}

	@Test
	void theAdminSeesAccountRequestsAndLockedAccountsAndNoCompanyData() throws Exception {
		String page = home(this.fixtures.user(Role.ADMIN));
		assertThat(page).contains("id=\"home-requests\"", "href=\"/admin/requests\"",
				"href=\"/admin/accounts?state=LOCKED\"");
		assertThat(page).doesNotContain("id=\"home-member\"", "id=\"home-owed\"");
	}

	private static AidData aid(String name, LocalDate lastVerified) {
		return new AidData(name, null, List.of(new AidData.Operator("Opérateur de test", null)), AidKind.GRANT,
				"Aide créée pour un test.", Set.of(PaysFor.TRADE_FAIRS), null, null, null, null, null, null,
				Criteria.NONE, List.of(), List.of(), List.of(), null, null, null, null, LocalDate.now().plusMonths(6),
				null, AidStatus.OPEN, false, List.of(), lastVerified);
	}

}
