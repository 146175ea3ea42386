package fr.coopex.fairs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.QueryCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A fair's page and the stand lists cost a handful of SQL statements, however many
 * ecosystems the viewer is in: they read the viewer's ecosystems together, not one by
 * one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairPageQueriesTests {

	/**
	 * The fair and its editions (2), the viewer's ecosystems and how they stand with each
	 * (8, ecosystems module), the stands there and their areas (2), and the two writes of
	 * the test's new session: 14 (about 50 before, two queries per ecosystem).
	 */
	private static final int FAIR_PAGE_STATEMENTS = 14;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StandFixtures standFixtures;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	StandManagement stands;

	CoopexUser inTwo;

	CoopexUser inFourteen;

	long fair;

	@BeforeAll
	void aMemberOfFourteenEcosystemsWithStandsAtTheFairAndAMemberOfTwo() {
		this.fair = this.standFixtures.fair("Bauma " + System.nanoTime());
		this.inTwo = this.fixtures.member();
		this.inFourteen = this.fixtures.member();
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		for (int i = 0; i < 14; i++) {
			long ecosystem = this.ecosystems.create(coordinator,
					new EcosystemDraft("Engins " + i + " " + System.nanoTime(), "Exposer ensemble", Set.of("DE"),
							Set.of("28"), true, null));
			List<CoopexUser> joining = new ArrayList<>(List.of(this.inFourteen));
			if (i < 2) {
				joining.add(this.inTwo);
			}
			for (CoopexUser member : joining) {
				this.ecosystems.requestToJoin(member, ecosystem, null, true);
			}
			this.ecosystems.approveAll(coordinator, ecosystem);
			if (i % 2 == 0) {
				long stand = this.standFixtures.stand(new StandFixtures.Ecosystem(ecosystem, coordinator, joining),
						this.fair, "36", "6");
				this.stands.book(this.inFourteen, stand, new BigDecimal("6"), null);
			}
		}
	}

	@Test
	void aFairsPageCostsAHandfulOfStatementsWhateverTheViewersEcosystems() throws Exception {
		List<String> forTwo = statements("/fairs/" + this.fair, this.inTwo);
		List<String> forFourteen = statements("/fairs/" + this.fair, this.inFourteen);
		assertThat(forFourteen).as(String.join("\n", forFourteen))
			.hasSizeLessThanOrEqualTo(FAIR_PAGE_STATEMENTS)
			.hasSameSizeAs(forTwo);
	}

	@Test
	void theStandListsCostTheSameWhateverTheViewersEcosystems() throws Exception {
		assertThat(statements("/stands", this.inFourteen)).hasSameSizeAs(statements("/stands", this.inTwo));
	}

	@Test
	void theFairsPageStillShowsTheViewersStandsThere() throws Exception {
		String page = this.mvc.perform(get("/fairs/" + this.fair).with(user(this.inFourteen)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("href=\"/stands/[0-9]+\"", -1)).hasSize(7 + 1);
	}

	/**
	 * The statements of the page once what it caches is warm (labels, the unread
	 * notices): counted until two requests in a row agree, since the notices of the
	 * approvals above are written after them and each one drops the cached count.
	 */
	private List<String> statements(String path, CoopexUser viewer) throws Exception {
		this.mvc.perform(get(path).with(user(viewer)));
		List<String> previous = null;
		List<String> counted = count(path, viewer);
		for (int attempt = 0; attempt < 10 && !counted.equals(previous); attempt++) {
			previous = counted;
			counted = count(path, viewer);
		}
		return counted;
	}

	/**
	 * The page's statements, less the layout's count of unread notifications: it is
	 * cached, and dropped whenever a notification arrives, and the setup's joins and
	 * bookings deliver their notifications in the background; whether a request asks for
	 * it depends on that timing, not on the viewer's ecosystems.
	 */
	private List<String> count(String path, CoopexUser viewer) throws Exception {
		return QueryCounter.count(() -> this.mvc.perform(get(path).with(user(viewer))).andReturn().getResponse())
			.sql()
			.stream()
			.filter((sql) -> !sql.startsWith("select count(*) from notification "))
			.toList();
	}

}
