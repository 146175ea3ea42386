package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.SubsidyDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A firm's de minimis register: granted amounts of flagged aids, hand-entered aids, the
 * total and what remains, the warning in the application tracker, the attestation, and
 * the curators' flag.
 */
@IntegrationTest
class DeMinimisRegisterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestAids testAids;

	@Autowired
	DeMinimisRegister register;

	@Autowired
	DeMinimisFlags flags;

	@Autowired
	ApplicationTracker tracker;

	@Autowired
	Ledger ledger;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	CompanyManagement companies;

	@Test
	void grantedAmountsOfDeMinimisAidsAndHandEnteredAidsAddUpAgainstTheCeiling() throws Exception {
		CoopexUser member = this.fixtures.member();
		AidView flagged = aid("Aide de minimis", DeMinimis.YES);
		AidView notFlagged = aid("Aide hors minimis", DeMinimis.NO);
		grant(member, flagged, "120000.00", LocalDate.now().minusYears(1));
		grant(member, notFlagged, "50000.00", LocalDate.now().minusMonths(2));
		WebSession browser = signedIn(member);
		assertThat(browser
			.post("/account/company/de-minimis", "name", "Prêt d’honneur", "grantingBody", "Région Bretagne",
					"grantedOn", LocalDate.now().minusMonths(6).toString(), "amount", "30 000,50")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/account/company/de-minimis");
		DeMinimisSummary summary = this.register.summary(member.organisationId());
		assertThat(summary.total()).isEqualByComparingTo("150000.50");
		assertThat(summary.remaining()).isEqualByComparingTo("149999.50");
		String page = browser.get("/account/company/de-minimis").getResponse().getContentAsString();
		assertThat(page)
			.contains(flagged.displayName(), "Prêt d’honneur", "Région Bretagne", "150\u202f000,50", "149\u202f999,50",
					"2023/2831")
			.doesNotContain(notFlagged.displayName());
		// another firm sees none of it and may not remove the line
		CoopexUser other = this.fixtures.member();
		assertThat(this.register.summary(other.organisationId()).total()).isEqualByComparingTo("0");
		long line = this.register.register(member)
			.stream()
			.filter((e) -> e.origin() == DeMinimisEntry.Origin.MANUAL)
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(signedIn(other).post("/account/company/de-minimis/" + line + "/delete").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.register.summary(member.organisationId()).total()).isEqualByComparingTo("150000.50");
	}

	@Test
	void badHandEnteredAidShowsTheFormAgainAndKeepsNothing() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		MockHttpServletResponse response = browser
			.post("/account/company/de-minimis", "name", "", "grantingBody", "Région", "grantedOn", "1890-01-01",
					"amount", "douze")
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("is-invalid", "manual-aid-form");
		assertThat(this.register.register(member)).isEmpty();
	}

	@Test
	void theApplicationTrackerWarnsWhenTheRequestedAmountWouldPassTheCeiling() throws Exception {
		CoopexUser member = this.fixtures.member();
		AidView done = aid("Aide obtenue", DeMinimis.YES);
		grant(member, done, "290000.00", LocalDate.now().minusMonths(3));
		AidView next = aid("Aide demandée", DeMinimis.YES);
		long id = this.tracker.start(member, next.id());
		this.tracker.update(member, id, new ApplicationTracker.ApplicationUpdate(ApplicationStatus.SUBMITTED,
				new BigDecimal("20000.00"), null, null, LocalDate.now(), null, null, java.util.Set.of(), 0));
		String page = signedIn(member).get("/applications/" + id).getResponse().getContentAsString();
		assertThat(page).contains("de-minimis-warning", "10\u202f000,00");
		// an aid that is not de minimis warns of nothing
		AidView other = aid("Aide ordinaire", DeMinimis.UNKNOWN);
		assertThat(this.register.wouldExceed(member.organisationId(), other.id(), new BigDecimal("20000.00")))
			.isEmpty();
		assertThat(this.register.wouldExceed(member.organisationId(), next.id(), new BigDecimal("10000.00"))).isEmpty();
	}

	@Test
	void theAttestationListsTheAidsOfTheLastThreeYears() throws Exception {
		CoopexUser member = this.fixtures.member();
		AidView recent = aid("Aide récente", DeMinimis.YES);
		AidView old = aid("Aide ancienne", DeMinimis.YES);
		grant(member, recent, "12000.00", LocalDate.now().minusYears(2));
		grant(member, old, "9000.00", LocalDate.now().minusYears(3).minusDays(1));
		MockHttpServletResponse pdf = signedIn(member).get("/account/company/de-minimis/attestation.pdf").getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text)
				.contains("Attestation", member.organisationName(), recent.displayName(), "12 000,00", "300 000,00",
						"288 000,00", "2023/2831")
				.doesNotContain(old.displayName());
		}
	}

	@Test
	void aCuratorSetsTheFlagOfAnAidOfTheAgencyWithItsSource() throws Exception {
		CoopexUser officer = this.testAids.officer();
		AidView own = this.testAids.published(officer.organisationId(),
				TestAids.data("Aide de l’agence " + System.nanoTime(), null, List.of()));
		WebSession browser = signedIn(officer);
		// said de minimis without a source: refused, next to the field
		assertThat(browser.post("/aids/manage/" + own.id() + "/de-minimis", "status", "YES", "source", "")
			.getResponse()
			.getContentAsString()).contains("Indiquez où cela est écrit", "is-invalid");
		assertThat(this.register.flag(own.id()).status()).isEqualTo(DeMinimis.UNKNOWN);
		browser.post("/aids/manage/" + own.id() + "/de-minimis", "status", "YES", "source", "Décret 2024-12, art. 3");
		assertThat(this.register.flag(own.id())).isEqualTo(new DeMinimisFlag(DeMinimis.YES, "Décret 2024-12, art. 3"));
		// another agency may not
		CoopexUser stranger = this.testAids.officer();
		assertThat(signedIn(stranger).post("/aids/manage/" + own.id() + "/de-minimis", "status", "NO", "source", "x")
			.getResponse()
			.getStatus()).isIn(403, 404);
		assertThat(this.register.flag(own.id()).status()).isEqualTo(DeMinimis.YES);
	}

	@Test
	void thePoolConsoleWarnsWhenASubsidyWouldTakeAParticipantOverTheCeiling() throws Exception {
		CoopexUser near = this.fixtures.member();
		CoopexUser far = this.fixtures.member();
		AidView flagged = aid("Aide de stand", DeMinimis.YES);
		grant(near, aid("Aide antérieure", DeMinimis.YES), "296000.00", LocalDate.now().minusYears(1));
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Plafond " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, System.nanoTime() % 1_000_000_000L,
				ecosystem, "Stand subventionné", AllocationKey.EQUAL, Set.of());
		for (CoopexUser member : List.of(near, far)) {
			this.ledger.join(member, pool, new ParticipantDraft(member.organisationId(), "Firme " + member.id(),
					BigDecimal.ONE, null, 20, false, 0));
		}
		this.ledger.addItem(coordinator, pool, Ledger.ANY_VERSION, CostItemDraft.of("Inscription",
				CostCategory.REGISTRATION, new BigDecimal("20000.00"), BigDecimal.ZERO));
		// 5,000.00 each: the first firm would pass 300,000.00, the other stays far below
		this.ledger.addSubsidy(coordinator, pool, Ledger.ANY_VERSION,
				new SubsidyDraft("Aide régionale", new BigDecimal("10000.00"), null, Set.of(CostCategory.REGISTRATION),
						null, false, null, null, String.valueOf(flagged.id())));

		String console = signedIn(coordinator).get("/console/pools/" + pool).getResponse().getContentAsString();
		assertThat(console).contains("id=\"de-minimis-warnings\"");
		String warnings = console.substring(console.indexOf("id=\"de-minimis-warnings\""));
		warnings = warnings.substring(0, warnings.indexOf("</div>"));
		assertThat(warnings)
			.contains(this.companies.ownProfile(near).displayName() + " (", "296\u202f000,00", "300\u202f000,00")
			.doesNotContain(this.companies.ownProfile(far).displayName() + " (");
	}

	private AidView aid(String name, DeMinimis status) {
		AidView aid = this.testAids.published(TestAids.data(name + " " + System.nanoTime(), null, List.of()));
		this.flags.set(aid.id(), new DeMinimisFlag(status, "Source de test"), 0, Instant.now());
		return aid;
	}

	private void grant(CoopexUser member, AidView aid, String amount, LocalDate decidedOn) {
		long id = this.tracker.start(member, aid.id(), true);
		this.tracker.update(member, id, new ApplicationTracker.ApplicationUpdate(ApplicationStatus.GRANTED, null,
				new BigDecimal(amount), null, null, decidedOn, null, java.util.Set.of(), 0));
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc);
		session.signIn(user.email(), Fixtures.PASSWORD);
		return session;
	}

}
