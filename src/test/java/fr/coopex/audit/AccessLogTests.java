package fr.coopex.audit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfilePreview;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "Who saw my data": exactly the accesses listed are counted (profile with a non-public
 * field shown, statements), one line per organisation, day and kind; public-only views,
 * the company's own reads and reading the log count nothing; the log only grows, and only
 * the 12-month purge deletes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	ProfilePreview preview;

	@Autowired
	AccessLog log;

	@Autowired
	JdbcTemplate jdbc;

	CoopexUser coordinator;

	CoopexUser alpha;

	CoopexUser beta;

	CoopexUser outsider;

	long ecosystem;

	@BeforeAll
	void anEcosystemOfTwo() {
		this.coordinator = this.fixtures.user(Role.COORDINATOR);
		this.ecosystem = this.ecosystems.create(this.coordinator, new EcosystemDraft("Accès " + System.nanoTime(),
				"Exporter ensemble", Set.of("DE"), Set.of("28"), true, null));
		this.alpha = this.fixtures.member();
		this.beta = this.fixtures.member();
		for (CoopexUser member : List.of(this.alpha, this.beta)) {
			this.ecosystems.requestToJoin(member, this.ecosystem, null, true);
		}
		this.ecosystems.approveAll(this.coordinator, this.ecosystem);
		this.outsider = this.fixtures.member();
	}

	@Test
	void countsProfileVisitsThatShowANonPublicFieldAndNothingElse() throws Exception {
		long company = this.alpha.organisationId();
		open(company, this.beta);
		open(company, this.beta);
		open(company, this.coordinator);
		// public fields only: nothing
		open(company, this.outsider);
		open(company, this.fixtures.user(Role.ADMIN));
		open(company, this.fixtures.user(Role.AGENCY));
		// its own people, and reading the log: nothing
		open(company, this.alpha);
		MockHttpServletResponse page = this.mvc.perform(get("/account/company/access").with(user(this.alpha)))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Organisation COORDINATOR")
			.contains("Profil (champs non publics)");
		assertThat(rows(company)).containsExactlyInAnyOrder(
				Map.of("organisation_id", this.beta.organisationId(), "kind", "PROFILE", "visits", 2),
				Map.of("organisation_id", this.coordinator.organisationId(), "kind", "PROFILE", "visits", 1));
	}

	@Test
	void aStatementOpenedByACoordinatorIsCounted() throws Exception {
		long company = this.beta.organisationId();
		int status = this.mvc
			.perform(get("/ledger/ecosystems/" + this.ecosystem + "/statement.csv?company=" + company)
				.with(user(this.coordinator)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(200);
		assertThat(rows(company))
			.contains(Map.of("organisation_id", this.coordinator.organisationId(), "kind", "STATEMENT", "visits", 1));
	}

	@Test
	void onlyTheCompanysPeopleReadTheLog() throws Exception {
		for (Role role : List.of(Role.COORDINATOR, Role.AGENCY, Role.ADMIN)) {
			assertThat(this.mvc.perform(get("/account/company/access").with(user(this.fixtures.user(role))))
				.andReturn()
				.getResponse()
				.getStatus()).as(role.name()).isEqualTo(403);
		}
	}

	@Test
	void theLogOnlyGrowsAndThePurgeDeletesWhatIsOlderThanTwelveMonths() {
		long company = this.outsider.organisationId();
		LocalDate today = LocalDate.now();
		this.jdbc.update(
				"insert into company_access (company_id, access_day, organisation_id, kind, visits) "
						+ "values (?, ?, 1, 'PROFILE', 1), (?, ?, 1, 'PROFILE', 1)",
				company, Date.valueOf(today.minusMonths(14)), company, Date.valueOf(today.minusDays(3)));
		assertThatThrownBy(() -> this.jdbc.update(
				"update company_access set visits = visits + 5 where company_id = ? and access_day = ?", company,
				Date.valueOf(today.minusDays(3))))
			.hasMessageContaining("one more visit");
		assertThatThrownBy(() -> this.jdbc.update("delete from company_access where company_id = ? and access_day = ?",
				company, Date.valueOf(today.minusDays(3))))
			.hasMessageContaining("12 months");
		assertThat(this.jdbc.update(
				"update company_access set visits = visits + 1 where company_id = ? and access_day = ?", company,
				Date.valueOf(today.minusDays(3))))
			.isEqualTo(1);
		assertThat(this.log.purge()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForList("select access_day from company_access where company_id = ?", Date.class,
				company))
			.containsExactly(Date.valueOf(today.minusDays(3)));
	}

	@Test
	void thePreviewShowsWhatEachEcosystemSees() {
		var views = this.preview.ofOwnCompany(this.alpha);
		assertThat(views).hasSize(1);
		assertThat(views.get(0).ecosystemName()).startsWith("Accès ");
		assertThat(views.get(0).seen()).contains(ProfileField.HEADCOUNT, ProfileField.TRADE_NAME)
			.doesNotContain(ProfileField.TURNOVER);
		assertThat(views.get(0).hidden()).contains(ProfileField.TURNOVER, ProfileField.RETICENCES);
		assertThat(this.preview.ofOwnCompany(this.outsider)).isEmpty();
	}

	private void open(long company, CoopexUser viewer) throws Exception {
		assertThat(
				this.mvc.perform(get("/companies/" + company).with(user(viewer))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	private List<Map<String, Object>> rows(long company) {
		return this.jdbc
			.queryForList("select organisation_id, kind, visits from company_access where company_id = ?", company)
			.stream()
			.map((row) -> Map.<String, Object>of("organisation_id", ((Number) row.get("organisation_id")).longValue(),
					"kind", row.get("kind"), "visits", ((Number) row.get("visits")).intValue()))
			.toList();
	}

}
