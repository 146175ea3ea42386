package fr.coopex.transparency;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ledger.Ledger;
import fr.coopex.notifications.NotificationCenter;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;
import fr.coopex.transparency.CooperationStatement.Basis;
import fr.coopex.transparency.CooperationStatement.StandLine;
import fr.coopex.transparency.TransparencyFixtures.Built;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Transparency reports and cooperation statements against an ecosystem built by hand
 * ({@link TransparencyFixtures}): the figures to the cent, no firm's share nor private
 * field in any report or statement (pages and PDFs), published reports kept unchanged by
 * PostgreSQL itself, corrections as new versions, members told.
 */
@IntegrationTest
class TransparencyReportTests {

	@Autowired
	TransparencyFixtures fixtures;

	@Autowired
	TransparencyReports reports;

	@Autowired
	CooperationStatements statements;

	@Autowired
	Ledger ledger;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aReportShowsTheEcosystemsTotalsKeysAndCashAndNoFirmsShare() throws Exception {
		Built eco = this.fixtures.ecosystem();
		LocalDate today = this.fixtures.today();
		this.ledger.recordPayment(eco.coordinator(), eco.poolId(), Ledger.ANY_VERSION, new Ledger.PaymentDraft(
				eco.second().organisationId(), null, new BigDecimal("1000.00"), today, "Virement"));

		long id = this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(this.fixtures.currentHalf(), "Un semestre actif.", false, null));
		ReportFigures f = this.reports.report(eco.second(), id).figures();

		assertThat(f.members()).isEqualTo(new ReportFigures.Members(3, 0, 3));
		assertThat(f.actions()).singleElement().satisfies((a) -> {
			assertThat(a.kind()).isEqualTo("STAND");
			assertThat(a.keys()).containsExactly("BY_AREA");
			assertThat(a.participants()).isEqualTo(3);
			assertThat(a.total()).isEqualByComparingTo("20520.00");
			assertThat(a.subsidies()).isEqualByComparingTo("2100.00");
		});
		assertThat(f.actionsTotal()).isEqualByComparingTo("20520.00");
		assertThat(f.subsidies()).isEqualByComparingTo("2100.00");
		assertThat(f.cashCollected()).isEqualByComparingTo("1000.00");
		assertThat(f.cashCalled()).isEqualByComparingTo("0.00");
		assertThat(f.exchanges()).containsEntry("note", 0L);
		// the stand alone at its own cost per m² (570 €): 20,520 €; paid 18,420 €
		assertThat(f.cooperation().companies()).isEqualTo(3);
		assertThat(f.cooperation().aloneCost()).isEqualByComparingTo("20520.00");
		assertThat(f.cooperation().paid()).isEqualByComparingTo("18420.00");
		assertThat(f.cooperation().saved()).isEqualByComparingTo("2100.00");
		assertThat(f.cooperation().missionsJoined()).isEqualTo(1);
		assertThat(f.cooperation().leads()).isEqualTo(1);

		for (String text : List.of(page("/transparency/reports/" + id, eco.second()),
				pdf("/transparency/reports/" + id + ".pdf", eco.second()))) {
			assertThat(text).contains("18 420,00").contains("Un semestre actif.");
			// a competitor reads it: no firm's name, field or share, its own neither
			assertNoFirmShown(text, eco, eco.second(), "4 740,00", "5 130,00", "8 550,00", "6 840,00");
			assertThat(text).doesNotContain(eco.markers().get(eco.second().organisationId()));
		}
	}

	@Test
	void aPublishedReportIsNeverChangedAndACorrectionSaysWhatChanged() {
		Built eco = this.fixtures.ecosystem();
		String period = this.fixtures.currentHalf();
		long first = this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(period, null, true, null));

		// PostgreSQL itself refuses to change or delete it
		assertThatThrownBy(
				() -> this.jdbc.update("update transparency_report set foreword = 'Autre' where id = ?", first))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from transparency_report where id = ?", first))
			.hasMessageContaining("append-only");

		// a second report of the period must say what it corrects
		assertThatThrownBy(() -> this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(period, null, true, " ")))
			.isInstanceOfSatisfying(TransparencyException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("transparency.changes.required"));
		long second = this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(period, null, true, "Une subvention oubliée."));
		ReportView corrected = this.reports.report(eco.first(), second);
		assertThat(corrected.version()).isEqualTo(2);
		assertThat(corrected.changes()).isEqualTo("Une subvention oubliée.");
		assertThat(this.reports.report(eco.first(), first).superseded()).isTrue();
		assertThat(this.reports.report(null, first).latestId()).isEqualTo(second);
		// the public list shows the latest version only
		assertThat(this.reports.publicReports(eco.ecosystemId())).extracting(ReportSummary::id).containsExactly(second);

		// every member is told, in the app
		for (CoopexUser member : eco.members()) {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.notifications.latest(member.id(), 10)
					.stream()
					.anyMatch((n) -> n.messageKey().equals("notifications.transparency.corrected")
							&& n.link().equals("/transparency/reports/" + second)));
		}
	}

	@Test
	void aReportOfAPeriodNotBegunOrWithATooLongForewordIsRefused() {
		Built eco = this.fixtures.ecosystem();
		LocalDate next = this.fixtures.today().plusYears(1);
		assertThatThrownBy(() -> this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(String.valueOf(next.getYear()), null, false, null)))
			.isInstanceOfSatisfying(TransparencyException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("transparency.period.future"));
		assertThatThrownBy(() -> this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(this.fixtures.currentHalf(), "x".repeat(4001), false, null)))
			.isInstanceOfSatisfying(TransparencyException.class, (ex) -> assertThat(ex.field()).isEqualTo("foreword"));
		assertThatThrownBy(() -> this.reports.publish(eco.first(), eco.ecosystemId(),
				new ReportDraft(this.fixtures.currentHalf(), null, false, null)))
			.isInstanceOf(ReportNotFoundException.class);
		assertThat(this.reports.reports(eco.coordinator(), eco.ecosystemId())).isEmpty();
	}

	@Test
	void theStatementComparesEachStandWithTheSameAreaAloneToTheCent() throws Exception {
		Built eco = this.fixtures.ecosystem();
		int year = this.fixtures.today().getYear();

		// at the stand's own cost per m²: 570 € × 12 m²
		StandLine line = standLine(this.statements.statement(eco.first(), year));
		assertThat(line.basis()).isEqualTo(Basis.POOL);
		assertThat(line.area()).isEqualByComparingTo("12");
		assertThat(line.pricePerM2()).isEqualByComparingTo("570.00");
		assertThat(line.aloneCost()).isEqualByComparingTo("6840.00");
		assertThat(line.cost()).isEqualByComparingTo("6840.00");
		assertThat(line.subsidy()).isEqualByComparingTo("2100.00");
		assertThat(line.paid()).isEqualByComparingTo("4740.00");
		assertThat(line.saved()).isEqualByComparingTo("2100.00");

		// at the coordinator's reference price for the fair: 812.35 € × 12 m²
		this.statements.setReferencePrice(eco.coordinator(), eco.ecosystemId(), eco.fairId(), new BigDecimal("812.35"));
		CooperationStatement statement = this.statements.statement(eco.first(), year);
		line = standLine(statement);
		assertThat(line.basis()).isEqualTo(Basis.REFERENCE);
		assertThat(line.aloneCost()).isEqualByComparingTo("9748.20");
		assertThat(line.saved()).isEqualByComparingTo("5008.20");
		assertThat(statement.saved()).isEqualByComparingTo("5008.20");
		assertThat(statement.subsidies()).isEqualByComparingTo("2100.00");
		assertThat(statement.missionsJoined()).isEqualTo(1);
		assertThat(statement.leads()).isEqualTo(1);
		StandLine third = standLine(this.statements.statement(eco.third(), year));
		assertThat(third.aloneCost()).isEqualByComparingTo("12185.25");
		assertThat(third.saved()).isEqualByComparingTo("3635.25");

		// the first firm's own page and PDF: its figures, never another firm's
		for (String text : List.of(page("/account/company/cooperation?year=" + year, eco.first()),
				pdf("/account/company/cooperation.pdf?year=" + year, eco.first()))) {
			assertThat(text).contains("9 748,20").contains("5 008,20").contains("4 740,00");
			assertNoFirmShown(text, eco, eco.first(), "5 130,00", "8 550,00", "12 185,25");
		}
		// and the report sums every firm's
		long id = this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(String.valueOf(year), null, false, null));
		ReportFigures.Cooperation sum = this.reports.report(eco.coordinator(), id).figures().cooperation();
		assertThat(sum.aloneCost()).isEqualByComparingTo("29244.60");
		assertThat(sum.paid()).isEqualByComparingTo("18420.00");
		assertThat(sum.saved()).isEqualByComparingTo("10824.60");
	}

	@Test
	void aReferencePriceMustBeAPositiveAmountForAFairOfTheEcosystem() {
		Built eco = this.fixtures.ecosystem();
		assertThatThrownBy(() -> this.statements.setReferencePrice(eco.coordinator(), eco.ecosystemId(), eco.fairId(),
				new BigDecimal("-1")))
			.isInstanceOfSatisfying(TransparencyException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("transparency.price.negative"));
		assertThatThrownBy(() -> this.statements.setReferencePrice(eco.coordinator(), eco.ecosystemId(), 999999,
				new BigDecimal("10")))
			.isInstanceOfSatisfying(TransparencyException.class, (ex) -> assertThat(ex.field()).isEqualTo("fairId"));
		assertThat(this.statements.referencePrices(eco.coordinator(), eco.ecosystemId()))
			.extracting(CooperationStatements.PriceRow::pricePerM2)
			.containsOnlyNulls();
	}

	@Test
	void aMembersOnlyReportIsHiddenFromOutsidersAndAPublicOneShowsOnTheEcosystemPage() throws Exception {
		Built eco = this.fixtures.ecosystem();
		Built other = this.fixtures.ecosystem();
		long members = this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(String.valueOf(this.fixtures.today().getYear()), null, false, null));
		assertThatThrownBy(() -> this.reports.report(other.first(), members))
			.isInstanceOf(ReportNotFoundException.class);
		assertThatThrownBy(() -> this.reports.report(null, members)).isInstanceOf(ReportNotFoundException.class);
		assertThat(this.mvc.perform(get("/ecosystems/" + eco.ecosystemId()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/transparency/reports/" + members);

		long published = this.reports.publish(eco.coordinator(), eco.ecosystemId(),
				new ReportDraft(this.fixtures.currentHalf(), null, true, null));
		assertThat(this.mvc.perform(get("/ecosystems/" + eco.ecosystemId()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/transparency/reports/" + published);
		assertThat(this.mvc.perform(get("/transparency/reports/" + published + ".pdf"))
			.andReturn()
			.getResponse()
			.getContentType()).isEqualTo("application/pdf");
	}

	/**
	 * No marker of a private field and no name of any firm but the reader's own, and none
	 * of these shares.
	 */
	private static void assertNoFirmShown(String text, Built eco, CoopexUser reader, String... shares) {
		for (CoopexUser member : eco.members()) {
			if (member != reader) {
				assertThat(text).doesNotContain(eco.markers().get(member.organisationId()))
					.doesNotContain(member.organisationName());
			}
		}
		assertThat(text).doesNotContain(shares);
	}

	private static StandLine standLine(CooperationStatement statement) {
		return statement.parts().get(0).stands().get(0);
	}

	private String page(String url, CoopexUser who) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).with(user(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return normalised(response.getContentAsString());
	}

	private String pdf(String url, CoopexUser who) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).with(user(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			return normalised(new PDFTextStripper().getText(document));
		}
	}

	private static String normalised(String text) {
		return text.replace('\u202F', ' ').replace('\u00A0', ' ').replace("&#8239;", " ").replace("&nbsp;", " ");
	}

}
