package fr.coopex.security;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyDirectory;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.LegalForm;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.Reticence;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.companies.Visibility;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.MembershipRole;
import fr.coopex.fairs.StandFixtures;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.fairs.StandManagement;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.validation.Luhn;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wall between competitors. Company A fills every field of its profile with a value
 * found nowhere else and makes every field private; company B, a competitor in an active
 * ecosystem with A (sharing a stand, a mission and their cost pools with it), the
 * coordinator of that ecosystem and an administrator then visit every page and download
 * every statement they can reach, and none of A's values may appear, nor may a search
 * find A by one of them. A field shared with ecosystems is seen by a fellow member, not
 * by an outsider, and no longer once the member has left.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetitorWallTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyManagement companies;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	StandManagement stands;

	@Autowired
	MissionManagement missions;

	@Autowired
	Ledger ledger;

	/** Common to every private text value of A, so that one check finds any of them. */
	final String run = "WALL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

	/** Each private text value of A, by field. */
	final Map<String, String> markers = new LinkedHashMap<>();

	/**
	 * How A's private numbers and choices would read on a page (checked on pages that do
	 * not offer every choice in a form).
	 */
	final List<String> privateLabels = List.of("93.29Z", "93.29", "Autres activités récréatives", "Corse",
			"1 000 à 1 999 salariés", "Plus de 250 M€", "1871", "A arrêté, ne prévoit pas de reprendre", "37 %", "4321",
			"Mongolie", "Océanie", "Compatibilité technologique", "Autonomie", "SCOP");

	CoopexUser a;

	CoopexUser b;

	CoopexUser c;

	CoopexUser coordinator;

	CoopexUser admin;

	CoopexUser agency;

	String legalNameOfA;

	long ecosystem;

	long thirdPartyEcosystem;

	/** A stand of the shared ecosystem, where A and B both booked area. */
	long stand;

	/** A mission of the shared ecosystem that A and B both joined. */
	long mission;

	/** The stand's cost pool, with a cost in it. */
	long standPool;

	/** The mission's cost pool, with a cost in it. */
	long missionPool;

	@BeforeAll
	void buildTheWall() {
		this.a = this.fixtures.member();
		this.b = this.fixtures.member();
		this.c = this.fixtures.member();
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		this.admin = this.fixtures.user(Role.ADMIN);
		this.agency = this.fixtures.user(Role.AGENCY);
		CompanyCard own = this.companies.ownProfile(this.a);
		this.legalNameOfA = "Muraille" + UUID.randomUUID().toString().substring(0, 6);
		this.markers.put("tradeName", this.run + "-TRADE");
		this.markers.put("siret", siretOf(own.siren()));
		this.markers.put("website", this.run.toLowerCase(Locale.ROOT) + "-web.example.fr");
		this.markers.put("groupName", this.run + "-GROUP");
		this.markers.put("innovationLabel", this.run + "-INNOVATION");
		this.markers.put("products", this.run + "-PRODUCTS");
		this.markers.put("address", this.run + "-ADDRESS");
		this.markers.put("keywords", this.run + "-KEYWORD");
		this.markers.put("certifications", this.run + "-CERTIFICATION");
		Map<ProfileField, Visibility> allPrivate = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			allPrivate.put(field, Visibility.PRIVATE);
		}
		this.companies.update(this.a, new ProfileUpdate(own.version(), this.legalNameOfA, this.markers.get("tradeName"),
				this.markers.get("siret"), LegalForm.SCOP, "93.29Z", Region.CORSE, this.markers.get("address"),
				"https://" + this.markers.get("website"), HeadcountBand.FROM_1000_TO_1999, TurnoverBand.OVER_250M,
				false, this.markers.get("groupName"), true, this.markers.get("innovationLabel"), 1871,
				ExportSituation.STOPPED_NOT_RESUMING, 37, 4321, Set.of("MN"), Set.of("Z-OCEANIA"),
				this.markers.get("products"), this.markers.get("keywords"), this.markers.get("certifications"),
				Set.of(Obstacle.TECHNOLOGICAL_COMPATIBILITY), Set.of(Reticence.AUTONOMY), allPrivate));
		// A leads an ecosystem; its competitor B asks to join and is let in
		this.ecosystem = this.ecosystems.create(this.a, new EcosystemDraft("Mur " + this.run.substring(5),
				"Exporter ensemble", Set.of("DE"), Set.of("28"), true, null));
		this.ecosystems.requestToJoin(this.b, this.ecosystem, "Bonjour", true);
		this.ecosystems.approve(this.a, this.ecosystem, membershipOf(this.b), MembershipRole.MEMBER);
		this.ecosystems.addCoordinator(this.a, this.ecosystem, this.coordinator.email());
		// the coordinator also runs an ecosystem where A's request waits for a decision
		this.thirdPartyEcosystem = this.ecosystems.create(this.coordinator, new EcosystemDraft(
				"Tiers " + this.run.substring(5), "Coordonné par une CCI", Set.of("IT"), Set.of(), true, null));
		this.ecosystems.requestToJoin(this.a, this.thirdPartyEcosystem, "Nous aimerions vous rejoindre", true);
		// A and B share a stand and a mission, and the costs of both
		StandFixtures.Ecosystem shared = new StandFixtures.Ecosystem(this.ecosystem, this.coordinator,
				List.of(this.a, this.b));
		this.stand = this.standFixtures.stand(shared,
				this.standFixtures.fair("Salon " + this.run.substring(5) + " " + System.nanoTime()), "60", "6");
		this.stands.book(this.a, this.stand, new BigDecimal("12"), null);
		this.stands.book(this.b, this.stand, new BigDecimal("18"), null);
		this.standFixtures.spaceCost(shared, this.stand, "6000");
		this.standPool = this.stands.view(this.stand).poolId();
		this.mission = this.missions.propose(this.coordinator, this.ecosystem,
				new MissionDraft("Prospection " + this.run.substring(5), MissionKind.TRADE_MISSION, "DE",
						LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 15), new BigDecimal("8000"),
						"Rendez-vous avec des distributeurs."));
		this.missions.join(this.a, this.mission);
		this.missions.join(this.b, this.mission);
		this.missionPool = this.missions.view(this.mission).poolId();
		this.ledger.addItem(this.coordinator, this.missionPool, Ledger.ANY_VERSION,
				CostItemDraft.of("Interprète", CostCategory.OTHER, new BigDecimal("3000"), new BigDecimal("20")));
	}

	@Test
	void theCompanyItselfSeesAndFindsEveryValue() throws Exception {
		WebSession owner = signedIn(this.a);
		String page = body(owner, "/companies/" + companyOf(this.a));
		this.markers.values().forEach((marker) -> assertThat(page).contains(marker));
		assertThat(page).contains("Plus de 250 M€", "Corse", "Mongolie", "37 %");
		for (String marker : List.of(this.markers.get("tradeName"), this.markers.get("products"),
				this.markers.get("keywords"))) {
			assertThat(results(owner, "/companies?q=" + marker)).contains(linkTo(this.a));
		}
		assertThat(results(owner, "/companies?q=" + this.legalNameOfA + "&region=CORSE")).contains(linkTo(this.a));
	}

	@Test
	void aCompetitorInTheSameEcosystemSeesNoPrivateValueOnAnyPage() throws Exception {
		WebSession competitor = signedIn(this.b);
		Map<String, String> pages = visit(competitor, "/", "/companies", "/companies/" + companyOf(this.a),
				"/ecosystems", "/ecosystems/" + this.ecosystem, "/console/ecosystems", "/notifications",
				"/account/company");
		// B is really inside: it sees A among the members, by its (public) legal name
		assertThat(pages.get("/ecosystems/" + this.ecosystem)).contains("id=\"members\"")
			.contains("id=\"coopetition-map\"")
			.contains(this.legalNameOfA);
		assertThat(pages.get("/companies/" + companyOf(this.a))).contains(this.legalNameOfA);
		assertNothingPrivate(pages);
		assertNoPrivateLabel(pages, "/account/company", "/companies", "/ecosystems");
		assertNoFieldShown(pages.get("/companies/" + companyOf(this.a)));
		assertSearchesDoNotFindA(competitor);
	}

	@Test
	void aCompetitorSharingAStandAMissionAndTheirCostsSeesNoPrivateValue() throws Exception {
		WebSession competitor = signedIn(this.b);
		long ecosystemOfB = this.ecosystem;
		Map<String, String> pages = visit(competitor, "/stands", "/stands/" + this.stand, "/missions",
				"/missions/" + this.mission, "/pools", "/pools/" + this.standPool, "/pools/" + this.missionPool,
				"/ledger/ecosystems/" + ecosystemOfB, "/aids/for-me", "/account/company/colleagues");
		// B really shares these things with A: A is named on them, by its (public) legal
		// name
		assertThat(pages.get("/stands/" + this.stand)).contains(this.legalNameOfA);
		assertThat(pages.get("/pools/" + this.standPool)).contains(this.legalNameOfA);
		assertThat(pages.get("/pools/" + this.missionPool)).contains(this.legalNameOfA);
		assertThat(pages.get("/stands")).contains("/stands/" + this.stand);
		assertThat(pages.get("/missions")).contains("/missions/" + this.mission);
		assertThat(pages.get("/ledger/ecosystems/" + ecosystemOfB)).contains("/pools/" + this.standPool);
		for (long pool : List.of(this.standPool, this.missionPool)) {
			for (String statement : List.of("/pools/" + pool + "/statement.csv", "/pools/" + pool + "/statement.pdf",
					"/pools/" + pool + "/statement.csv?company=" + companyOf(this.a),
					"/pools/" + pool + "/statement.pdf?company=" + companyOf(this.a))) {
				pages.put(statement, download(competitor, statement));
			}
		}
		for (String statement : List.of("/ledger/ecosystems/" + ecosystemOfB + "/statement.csv",
				"/ledger/ecosystems/" + ecosystemOfB + "/statement.pdf",
				"/ledger/ecosystems/" + ecosystemOfB + "/statement.csv?company=" + companyOf(this.a),
				"/ledger/ecosystems/" + ecosystemOfB + "/statement.pdf?company=" + companyOf(this.a))) {
			pages.put(statement, download(competitor, statement));
		}
		// the statements are B's own: they carry its share of the space cost
		assertThat(pages.get("/pools/" + this.standPool + "/statement.pdf")).contains("Surface nue");
		// asking for A's statement gets B its own
		String nameOfB = this.companies.ownProfile(this.b).legalName();
		assertThat(pages.get("/pools/" + this.standPool + "/statement.pdf?company=" + companyOf(this.a)))
			.contains(nameOfB)
			.doesNotContain(this.legalNameOfA);
		assertNothingPrivate(pages);
		for (String url : pages.keySet()) {
			if (url.startsWith("/pools/") || url.startsWith("/ledger/") || url.startsWith("/stands/")) {
				for (String label : this.privateLabels) {
					assertThat(pages.get(url)).as(label + " on " + url).doesNotContain(label);
				}
			}
		}
	}

	@Test
	void theEcosystemCoordinatorSeesNoPrivateValue() throws Exception {
		WebSession session = signedIn(this.coordinator);
		Map<String, String> pages = visit(session, "/", "/companies", "/companies/" + companyOf(this.a), "/ecosystems",
				"/ecosystems/" + this.ecosystem, "/ecosystems/" + this.thirdPartyEcosystem, "/console/ecosystems",
				"/notifications");
		assertThat(pages.get("/ecosystems/" + this.ecosystem)).contains("id=\"members\"").contains(this.legalNameOfA);
		// A's request to the coordinator's own ecosystem is listed, under its legal name
		assertThat(pages.get("/ecosystems/" + this.thirdPartyEcosystem)).contains("id=\"console-heading\"")
			.contains(this.legalNameOfA);
		assertNothingPrivate(pages);
		assertNoPrivateLabel(pages, "/companies", "/ecosystems");
		assertNoFieldShown(pages.get("/companies/" + companyOf(this.a)));
		assertSearchesDoNotFindA(session);
	}

	@Test
	void anAdministratorSeesNoPrivateValue() throws Exception {
		WebSession session = signedIn(this.admin);
		Map<String, String> pages = visit(session, "/", "/companies", "/companies/" + companyOf(this.a), "/ecosystems",
				"/ecosystems/" + this.ecosystem, "/console/ecosystems", "/notifications", "/admin/accounts",
				"/admin/audit");
		assertNothingPrivate(pages);
		assertNoPrivateLabel(pages, "/companies", "/ecosystems");
		assertNoFieldShown(pages.get("/companies/" + companyOf(this.a)));
		assertSearchesDoNotFindA(session);
	}

	@Test
	void theServiceHidesEveryPrivateFieldFromEveryoneElse() {
		for (CoopexUser viewer : List.of(this.b, this.c, this.coordinator, this.admin, this.agency)) {
			CompanyCard card = this.companies.card(viewer, companyOf(this.a)).orElseThrow();
			assertEverythingHidden(card, viewer.role() + " " + viewer.email());
			assertEverythingHidden(this.companies.cards(viewer, List.of(companyOf(this.a))).get(companyOf(this.a)),
					"cards() for " + viewer.email());
			for (String marker : this.markers.values()) {
				assertThat(this.directory.search(viewer, new CompanyDirectory.Query(marker, null, null, null), 0)
					.getContent()).extracting(CompanyCard::companyId).doesNotContain(companyOf(this.a));
			}
			for (CompanyDirectory.Query query : List.of(new CompanyDirectory.Query(this.legalNameOfA, "93", null, null),
					new CompanyDirectory.Query(this.legalNameOfA, null, Region.CORSE, null),
					new CompanyDirectory.Query(this.legalNameOfA, null, null, "MN"),
					new CompanyDirectory.Query(this.legalNameOfA, null, null, "Z-OCEANIA"))) {
				assertThat(this.directory.search(viewer, query, 0).getContent()).as(query.toString())
					.extracting(CompanyCard::companyId)
					.doesNotContain(companyOf(this.a));
			}
		}
		assertEverythingHidden(this.companies.cardsAtEcosystemLevel(List.of(companyOf(this.a))).get(companyOf(this.a)),
				"ecosystem level");
		// the public identity stays
		CompanyCard seenByB = this.companies.card(this.b, companyOf(this.a)).orElseThrow();
		assertThat(seenByB.legalName()).isEqualTo(this.legalNameOfA);
		assertThat(seenByB.siren()).isNotBlank();
		assertThat(seenByB.displayName()).isEqualTo(this.legalNameOfA);
	}

	@Test
	void anEcosystemFieldIsSeenInsideTheEcosystemOnlyAndNoLongerAfterLeaving() throws Exception {
		CoopexUser p = this.fixtures.member();
		CoopexUser q = this.fixtures.member();
		CoopexUser ecosystemCoordinator = this.fixtures.user(Role.COORDINATOR);
		String products = this.run + "-SHARED-PRODUCTS";
		String certifications = this.run + "-SHARED-CERTIFICATION";
		CompanyCard own = this.companies.ownProfile(p);
		Map<ProfileField, Visibility> visibilities = new EnumMap<>(ProfileField.class);
		visibilities.put(ProfileField.PRODUCTS, Visibility.ECOSYSTEM);
		visibilities.put(ProfileField.CERTIFICATIONS, Visibility.ECOSYSTEM);
		visibilities.put(ProfileField.TURNOVER, Visibility.ECOSYSTEM);
		this.companies.update(p,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, null, null, null,
						TurnoverBand.FROM_50M_TO_250M, null, null, null, null, null, null, null, null, Set.of(),
						Set.of(), products, null, certifications, Set.of(), Set.of(), visibilities));
		long shared = this.ecosystems.create(p, new EcosystemDraft("Partage " + this.run.substring(5),
				"Exporter ensemble", Set.of(), Set.of(), true, null));
		this.ecosystems.requestToJoin(q, shared, null, true);
		this.ecosystems.approve(p, shared, membershipOf(q, shared), MembershipRole.MEMBER);
		this.ecosystems.addCoordinator(p, shared, ecosystemCoordinator.email());
		String pageOfP = "/companies/" + companyOf(p);
		String search = "/companies?q=" + products;

		WebSession fellow = signedIn(q);
		assertThat(body(fellow, pageOfP)).contains(products, certifications, "50 à 250 M€");
		assertThat(results(fellow, search)).contains(linkTo(p));
		assertThat(this.companies.card(q, companyOf(p)).orElseThrow().certifications()).isEqualTo(certifications);
		assertThat(body(signedIn(ecosystemCoordinator), pageOfP)).contains(products, certifications);

		for (CoopexUser outsider : List.of(this.c, this.admin)) {
			WebSession session = signedIn(outsider);
			assertThat(body(session, pageOfP)).doesNotContain(products, certifications, "50 à 250 M€");
			assertThat(results(session, search)).doesNotContain(linkTo(p));
			assertThat(this.companies.card(outsider, companyOf(p)).orElseThrow().products()).isNull();
		}

		// leaving takes a confirmation page, then the wall is back
		assertThat(fellow.get("/ecosystems/" + shared + "/leave").getResponse().getStatus()).isEqualTo(200);
		assertThat(fellow.post("/ecosystems/" + shared + "/leave").getResponse().getRedirectedUrl())
			.isEqualTo("/ecosystems/" + shared);
		assertThat(body(fellow, pageOfP)).doesNotContain(products, certifications, "50 à 250 M€");
		assertThat(results(fellow, search)).doesNotContain(linkTo(p));
		assertThat(this.companies.card(q, companyOf(p)).orElseThrow().products()).isNull();
	}

	@Test
	void aPendingRequestSharesNoEcosystemFieldEitherWayNorWithTheCoordinators() throws Exception {
		CoopexUser leader = this.fixtures.member();
		CoopexUser applicant = this.fixtures.member();
		CoopexUser ecosystemCoordinator = this.fixtures.user(Role.COORDINATOR);
		CoopexUser thirdParty = this.fixtures.user(Role.COORDINATOR);
		String productsOfLeader = shareProducts(leader, this.run + "-LEADER-PRODUCTS");
		String productsOfApplicant = shareProducts(applicant, this.run + "-APPLICANT-PRODUCTS");
		long led = this.ecosystems.create(leader, new EcosystemDraft("Attente " + this.run.substring(5),
				"Exporter ensemble", Set.of(), Set.of(), true, null));
		this.ecosystems.addCoordinator(leader, led, ecosystemCoordinator.email());
		long coordinated = this.ecosystems.create(thirdParty, new EcosystemDraft(
				"Attente tiers " + this.run.substring(5), "Coordonné par une CCI", Set.of(), Set.of(), true, null));
		this.ecosystems.requestToJoin(applicant, led, "Bonjour", true);
		this.ecosystems.requestToJoin(applicant, coordinated, "Bonjour", true);
		// the requests are really waiting: each coordinator lists the applicant
		String legalNameOfApplicant = this.companies.ownProfile(applicant).legalName();
		assertThat(body(signedIn(ecosystemCoordinator), "/ecosystems/" + led)).contains(legalNameOfApplicant);
		assertThat(body(signedIn(thirdParty), "/ecosystems/" + coordinated)).contains(legalNameOfApplicant);

		// the applicant does not see the leader's ecosystem fields
		WebSession applicantSession = signedIn(applicant);
		assertThat(body(applicantSession, "/companies/" + companyOf(leader))).doesNotContain(productsOfLeader);
		assertThat(results(applicantSession, "/companies?q=" + productsOfLeader)).doesNotContain(linkTo(leader));
		assertThat(this.companies.card(applicant, companyOf(leader)).orElseThrow().products()).isNull();
		// nor does the leader, the ecosystem's coordinator or the third party see the
		// applicant's
		for (CoopexUser insider : List.of(leader, ecosystemCoordinator, thirdParty)) {
			WebSession session = signedIn(insider);
			assertThat(body(session, "/companies/" + companyOf(applicant))).as(insider.email())
				.doesNotContain(productsOfApplicant);
			assertThat(results(session, "/companies?q=" + productsOfApplicant)).as(insider.email())
				.doesNotContain(linkTo(applicant));
			assertThat(this.companies.card(insider, companyOf(applicant)).orElseThrow().products()).as(insider.email())
				.isNull();
		}
		// the coordinator does see the leader, an active member
		assertThat(body(signedIn(ecosystemCoordinator), "/companies/" + companyOf(leader))).contains(productsOfLeader);

		// once approved, the wall opens both ways
		this.ecosystems.approve(leader, led, membershipOf(applicant, led), MembershipRole.MEMBER);
		assertThat(body(signedIn(applicant), "/companies/" + companyOf(leader))).contains(productsOfLeader);
		assertThat(body(signedIn(leader), "/companies/" + companyOf(applicant))).contains(productsOfApplicant);
		assertThat(body(signedIn(ecosystemCoordinator), "/companies/" + companyOf(applicant)))
			.contains(productsOfApplicant);
		// the third party's request still waits: still nothing for its coordinator
		assertThat(body(signedIn(thirdParty), "/companies/" + companyOf(applicant)))
			.doesNotContain(productsOfApplicant);
	}

	@Test
	void aCompanyActiveInTwoEcosystemsSharesItsEcosystemFieldsWithTheMembersOfBoth() throws Exception {
		CoopexUser both = this.fixtures.member();
		CoopexUser leaderOfOne = this.fixtures.member();
		CoopexUser leaderOfOther = this.fixtures.member();
		String productsOfBoth = shareProducts(both, this.run + "-BOTH-PRODUCTS");
		String productsOfOne = shareProducts(leaderOfOne, this.run + "-ONE-PRODUCTS");
		String productsOfOther = shareProducts(leaderOfOther, this.run + "-OTHER-PRODUCTS");
		long one = this.ecosystems.create(leaderOfOne, new EcosystemDraft("Mécanique " + this.run.substring(5),
				"Exporter en Allemagne", Set.of("DE"), Set.of("28"), true, null));
		long other = this.ecosystems.create(leaderOfOther,
				new EcosystemDraft("Agroalimentaire " + this.run.substring(5), "Exporter au Japon", Set.of("JP"),
						Set.of("10"), true, null));
		this.ecosystems.requestToJoin(both, one, null, true);
		this.ecosystems.approve(leaderOfOne, one, membershipOf(both, one), MembershipRole.MEMBER);
		this.ecosystems.requestToJoin(both, other, null, true);
		this.ecosystems.approve(leaderOfOther, other, membershipOf(both, other), MembershipRole.MEMBER);

		assertThat(this.ecosystems.activeCompanyIds(one)).containsOnlyOnce(companyOf(both));
		assertThat(this.ecosystems.activeCompanyIds(other)).containsOnlyOnce(companyOf(both));
		WebSession session = signedIn(both);
		assertThat(body(session, "/companies/" + companyOf(leaderOfOne))).contains(productsOfOne);
		assertThat(body(session, "/companies/" + companyOf(leaderOfOther))).contains(productsOfOther);
		assertThat(body(signedIn(leaderOfOne), "/companies/" + companyOf(both))).contains(productsOfBoth);
		assertThat(body(signedIn(leaderOfOther), "/companies/" + companyOf(both))).contains(productsOfBoth);
		// the two leaders share no ecosystem: the wall stays between them
		assertThat(body(signedIn(leaderOfOne), "/companies/" + companyOf(leaderOfOther)))
			.doesNotContain(productsOfOther);
		// and asking again to join either is refused: never twice in the same one
		for (long ecosystemId : List.of(one, other)) {
			assertThatThrownBy(() -> this.ecosystems.requestToJoin(both, ecosystemId, null, true))
				.hasMessage("ecosystems.join.already-member");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from ecosystem_membership where ecosystem_id = ? and company_id = ?",
					Integer.class, ecosystemId, companyOf(both)))
				.isEqualTo(1);
		}
	}

	// --- checks

	// --- ledger-money: names on ledger pages follow the company's current visibility

	/**
	 * Issue 13, item 3: the ledger copied a company's name when it joined a pool; a trade
	 * name made private afterwards must not show on the pool's pages, statements and
	 * exports, to a competitor nor to the coordinator.
	 */
	@Test
	void aTradeNameMadePrivateAfterJoiningACostPoolIsNoLongerShownOnItsPagesStatementsOrExports() throws Exception {
		CoopexUser d = this.fixtures.member();
		String trade = this.run + "-LATER";
		fr.coopex.ledger.CompanyNames.tradeName(this.companies, d, trade, Visibility.PUBLIC);
		String legal = this.companies.ownProfile(d).legalName();
		long pool = this.ledger.openPool(this.coordinator, fr.coopex.ledger.PoolOwnerKind.MISSION, System.nanoTime(),
				this.ecosystem, "Mur plus tard " + this.run.substring(5), fr.coopex.ledger.AllocationKey.EQUAL,
				Set.of());
		// the owner module passes the name it showed then
		this.ledger.join(d, pool, fr.coopex.ledger.ParticipantDraft.withArea(d.organisationId(), trade, null));
		this.ledger.join(this.b, pool, fr.coopex.ledger.ParticipantDraft.withArea(this.b.organisationId(), "B", null));
		this.ledger.addItem(this.coordinator, pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Traduction", CostCategory.OTHER, new BigDecimal("800"), new BigDecimal("20")));
		WebSession competitor = signedIn(this.b);
		assertThat(body(competitor, "/pools/" + pool)).as("public: shown").contains(trade);
		fr.coopex.ledger.CompanyNames.tradeName(this.companies, d, trade, Visibility.PRIVATE);
		Map<String, String> pages = visit(competitor, "/pools", "/pools/" + pool,
				"/ledger/ecosystems/" + this.ecosystem);
		for (String file : List.of("/pools/" + pool + "/statement.csv", "/pools/" + pool + "/statement.pdf",
				"/ledger/ecosystems/" + this.ecosystem + "/statement.csv",
				"/ledger/ecosystems/" + this.ecosystem + "/statement.pdf")) {
			pages.put("B " + file, download(competitor, file));
		}
		WebSession coordination = signedIn(this.coordinator);
		pages.putAll(visit(coordination, "/console/pools/" + pool));
		pages.put("coordinator /pools/" + pool, body(coordination, "/pools/" + pool));
		pages.put("coordinator /ledger/ecosystems", body(coordination, "/ledger/ecosystems/" + this.ecosystem));
		for (String file : List.of("/pools/" + pool + "/export.csv", "/pools/" + pool + "/export.pdf",
				"/pools/" + pool + "/statement.csv?company=" + d.organisationId(),
				"/pools/" + pool + "/statement.pdf?company=" + d.organisationId(),
				"/ledger/ecosystems/" + this.ecosystem + "/statement.csv")) {
			pages.put("coordinator " + file, download(coordination, file));
		}
		pages.forEach((url, page) -> assertThat(page).as(url).doesNotContain(trade));
		// D is still named, by its legal name
		assertThat(pages.get("/pools/" + pool)).contains(legal);
		assertThat(pages.get("coordinator /pools/" + pool + "/export.csv")).contains(legal);
		// and its own people still see its trade name
		assertThat(body(signedIn(d), "/pools/" + pool)).contains(trade);
	}

	/**
	 * The ledger's other ways out of a copied name: a participant's line read by a
	 * manager, and refusals of the split that name a participant (on the console and from
	 * the service).
	 */
	@Test
	void aTradeNameMadePrivateIsNotNamedByTheLedgersParticipantLineNorItsRefusals() throws Exception {
		CoopexUser d = this.fixtures.member();
		String trade = this.run + "-REFUS";
		fr.coopex.ledger.CompanyNames.tradeName(this.companies, d, trade, Visibility.PUBLIC);
		String legal = this.companies.ownProfile(d).legalName();
		long pool = this.ledger.openPool(this.coordinator, fr.coopex.ledger.PoolOwnerKind.MISSION, System.nanoTime(),
				this.ecosystem, "Mur refus " + this.run.substring(5), fr.coopex.ledger.AllocationKey.EQUAL, Set.of());
		this.ledger.join(d, pool, fr.coopex.ledger.ParticipantDraft.withArea(d.organisationId(), trade, null));
		this.ledger.join(this.b, pool, fr.coopex.ledger.ParticipantDraft.withArea(this.b.organisationId(), "B", null));
		fr.coopex.ledger.CompanyNames.tradeName(this.companies, d, trade, Visibility.PRIVATE);
		// the participant's line, as the coordinator reads it
		assertThat(this.ledger.participant(this.coordinator, pool, d.organisationId()).orElseThrow().name())
			.isEqualTo(legal);
		// a refusal of the split names the company by id, never by the copied name
		fr.coopex.ledger.LedgerException refusal = org.junit.jupiter.api.Assertions
			.assertThrows(fr.coopex.ledger.LedgerException.class, () -> this.ledger.setKeys(this.coordinator, pool,
					Ledger.ANY_VERSION, d.organisationId(), new BigDecimal("-5"), null));
		assertThat(java.util.Arrays.stream(refusal.arguments()).map(String::valueOf))
			.noneMatch((a) -> a.contains(trade));
		assertThat(refusal.named((id) -> "Nom visible " + id).arguments())
			.containsExactly("Nom visible " + d.organisationId());
		// and the console shows the refusal with the name the coordinator may see
		WebSession coordination = signedIn(this.coordinator);
		String console = body(coordination, "/console/pools/" + pool);
		assertThat(console).doesNotContain(trade);
	}

	private void assertNothingPrivate(Map<String, String> pages) {
		pages.forEach((url, page) -> {
			String folded = page.toLowerCase(Locale.ROOT);
			assertThat(folded).as("a value of A on " + url).doesNotContain(this.run.toLowerCase(Locale.ROOT));
			this.markers.forEach((field, marker) -> assertThat(folded).as(field + " of A on " + url)
				.doesNotContain(marker.toLowerCase(Locale.ROOT)));
		});
	}

	private void assertNoPrivateLabel(Map<String, String> pages, String... pagesWithEveryChoice) {
		pages.forEach((url, page) -> {
			if (!List.of(pagesWithEveryChoice).contains(url)) {
				for (String label : this.privateLabels) {
					// not within a longer number: other tests' organisations are named
					// after the clock ("Structure 6904321975693" is not A's 4321)
					assertThat(page).as(label + " on " + url)
						.doesNotContainPattern("(?<![0-9])" + Pattern.quote(label) + "(?![0-9])");
				}
			}
		});
	}

	/** A's page shows its legal name and SIREN, and not a single field. */
	private static void assertNoFieldShown(String page) {
		int start = page.indexOf("<dl class=\"row profile\">");
		assertThat(start).isPositive();
		String fields = page.substring(start, page.indexOf("</dl>", start));
		assertThat(fields).doesNotContain("<dt", "<dd");
	}

	private void assertSearchesDoNotFindA(WebSession session) throws Exception {
		List<String> searches = new ArrayList<>();
		this.markers.values().forEach((marker) -> searches.add("/companies?q=" + marker));
		searches.add("/companies?q=" + this.run);
		searches.add("/companies?q=" + this.legalNameOfA + "&naf=93");
		searches.add("/companies?q=" + this.legalNameOfA + "&naf=93.29Z");
		searches.add("/companies?q=" + this.legalNameOfA + "&region=CORSE");
		searches.add("/companies?q=" + this.legalNameOfA + "&market=MN");
		searches.add("/companies?q=" + this.legalNameOfA + "&market=Z-OCEANIA");
		for (String search : searches) {
			String results = results(session, search);
			assertThat(results).as(search).doesNotContain(linkTo(this.a));
			assertThat(results.toLowerCase(Locale.ROOT)).as(search).doesNotContain(this.run.toLowerCase(Locale.ROOT));
			for (String label : this.privateLabels) {
				assertThat(results).as(label + " in " + search).doesNotContain(label);
			}
		}
		// the public legal name alone does find A: the filters above are what hide it
		assertThat(results(session, "/companies?q=" + this.legalNameOfA)).contains(linkTo(this.a));
	}

	private static void assertEverythingHidden(CompanyCard card, String who) {
		assertThat(card).as(who).isNotNull();
		assertThat(new Object[] { card.tradeName(), card.siret(), card.legalForm(), card.nafCode(), card.nafLabel(),
				card.region(), card.website(), card.headcount(), card.turnover(), card.independent(), card.groupName(),
				card.innovative(), card.innovationLabel(), card.foundedYear(), card.exportSituation(),
				card.exportShare(), card.exportStaff(), card.products(), card.keywords(), card.certifications() })
			.as(who)
			.containsOnlyNulls();
		assertThat(card.marketsServed()).as(who).isEmpty();
		assertThat(card.marketsTargeted()).as(who).isEmpty();
		assertThat(card.obstacles()).as(who).isEmpty();
		assertThat(card.reticences()).as(who).isEmpty();
		assertThat(card.visibilities()).as(who).isEmpty();
		assertThat(card.own()).as(who).isFalse();
		assertThat(card.version()).as(who).isEqualTo(-1);
	}

	// --- helpers

	/** Fills in the company's products, shared with its ecosystems. */
	private String shareProducts(CoopexUser member, String products) {
		CompanyCard own = this.companies.ownProfile(member);
		this.companies.update(member,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, Set.of(), Set.of(), products, null, null,
						Set.of(), Set.of(), Map.of(ProfileField.PRODUCTS, Visibility.ECOSYSTEM)));
		return products;
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc, "198.51.100.21");
		assertThat(session.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
		return session;
	}

	private Map<String, String> visit(WebSession session, String... urls) throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		for (String url : urls) {
			pages.put(url, body(session, url));
		}
		return pages;
	}

	private static String body(WebSession session, String url) throws Exception {
		MvcResult result = session.get(url);
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** A downloaded file as text: a PDF's text, or a CSV as it is. */
	private static String download(WebSession session, String url) throws Exception {
		MvcResult result = session.get(url);
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		if (url.contains(".pdf")) {
			assertThat(result.getResponse().getContentType()).as(url).isEqualTo("application/pdf");
			try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
				return new PDFTextStripper().getText(document);
			}
		}
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The results part of a directory search (without the form, which repeats the query).
	 */
	private static String results(WebSession session, String url) throws Exception {
		MvcResult result = session.perform(MockMvcRequestBuilders.get(url).header("HX-Request", "true"));
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static String linkTo(CoopexUser member) {
		return "href=\"/companies/" + member.organisationId() + "\"";
	}

	private static long companyOf(CoopexUser member) {
		return member.organisationId();
	}

	private long membershipOf(CoopexUser member) {
		return membershipOf(member, this.ecosystem);
	}

	private long membershipOf(CoopexUser member, long ecosystemId) {
		return this.jdbc.queryForObject("select id from ecosystem_membership where ecosystem_id = ? and company_id = ?",
				Long.class, ecosystemId, member.organisationId());
	}

	/** A SIRET of this SIREN with a valid key. */
	static String siretOf(String siren) {
		for (int check = 0; check <= 9; check++) {
			String candidate = siren + "0007" + check;
			if (Luhn.isValid(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException();
	}

}
