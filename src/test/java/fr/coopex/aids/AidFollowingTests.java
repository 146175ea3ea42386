package fr.coopex.aids;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;
import fr.coopex.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Following aids and the weekly digest, sent over SMTP: new aids that fit the company,
 * deadlines of followed aids, and the one-click unsubscribe link.
 */
@IntegrationTest
class AidFollowingTests {

	private static final Pattern UNSUBSCRIBE = Pattern.compile("(/aids/alerts/unsubscribe\\?token=[A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AidFollowing following;

	@Autowired
	AidCatalogue catalogue;

	@Autowired
	TestAids testAids;

	@Autowired
	CompanyManagement companies;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberFollowsAndStopsFollowingAnAidFromItsPage() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		assertThat(browser.get("/aids/10").getResponse().getContentAsString()).contains("Suivre cette aide");
		assertThat(browser.post("/aids/10/save").getResponse().getRedirectedUrl()).isEqualTo("/aids/10");
		browser.post("/aids/10/save");
		assertThat(this.following.saved(member)).extracting(AidView::id).containsExactly(10L);
		assertThat(browser.get("/aids/saved").getResponse().getContentAsString()).contains("Assurance Prospection");
		assertThat(browser.get("/aids/10").getResponse().getContentAsString()).contains("Ne plus suivre cette aide");
		browser.post("/aids/10/unsave");
		assertThat(this.following.saved(member)).isEmpty();
		assertThat(browser.post("/aids/999999/save").getResponse().getStatus()).isEqualTo(404);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.following.save(this.fixtures.user(Role.AGENCY), 10));
	}

	@Test
	void theWeeklyDigestTellsNewAidsThatFitAndDeadlinesOfFollowedAids() throws Exception {
		CoopexUser member = this.fixtures.member();
		WebSession browser = signedIn(member);
		browser.post("/aids/alerts/subscribe");
		assertThat(this.following.isSubscribed(member)).isTrue();
		String stamp = Long.toString(System.nanoTime());
		AidView fresh = this.testAids.published(TestAids.data("Aide nouvelle " + stamp, null, List.of()));
		AidView closing = this.testAids
			.published(TestAids.data("Aide bientôt close " + stamp, this.catalogue.today().plusDays(5), List.of()));
		AidView later = this.testAids
			.published(TestAids.data("Aide lointaine " + stamp, this.catalogue.today().plusDays(40), List.of()));
		this.following.save(member, closing.id());
		this.following.save(member, later.id());

		aWeekPasses();
		assertThat(this.following.sendWeeklyDigests()).isPositive();

		List<MimeMessage> received = TestMail.to(member.email());
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Coopex : vos aides à l’export de la semaine");
		String body = (String) received.get(0).getContent();
		assertThat(body).contains("Aide nouvelle " + stamp)
			.contains("/aids/" + fresh.id())
			.contains("Dates limites dans les 14 jours")
			.contains("Aide bientôt close " + stamp + " : date limite le")
			.doesNotContain("Aide lointaine " + stamp + " : date limite");
		// a week later: nothing new, but the deadline is recalled again
		aWeekPasses();
		this.following.sendWeeklyDigests();
		assertThat(TestMail.to(member.email())).hasSize(2);
		String second = (String) TestMail.to(member.email()).get(1).getContent();
		assertThat(second).doesNotContain("Aide nouvelle " + stamp).contains("Aide bientôt close " + stamp);

		// one click, without signing in
		Matcher link = UNSUBSCRIBE.matcher(body);
		assertThat(link.find()).isTrue();
		String page = this.mvc.perform(MockMvcRequestBuilders.get(link.group(1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("vous ne recevrez plus d’alertes");
		assertThat(this.following.isSubscribed(member)).isFalse();
		String again = this.mvc.perform(MockMvcRequestBuilders.get(link.group(1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("n’est plus valable");
	}

	@Test
	void aDigestLeavesOutNewAidsTheCompanyCannotGet() {
		CoopexUser breton = this.fixtures.member();
		CoopexUser unknown = this.fixtures.member();
		CompanyCard own = this.companies.ownProfile(breton);
		this.companies.update(breton,
				new ProfileUpdate(own.version(), own.legalName(), null, null, null, null, Region.BRETAGNE, null, null,
						null, null, null, null, null, null, null, null, null, null, Set.of(), Set.of(), null, null,
						null, Set.of(), Set.of(), Map.of()));
		Instant before = Instant.now().minusSeconds(1);
		AidData data = TestAids.data("Aide réservée à l’Occitanie " + System.nanoTime(), null, List.of());
		AidData regional = new AidData(data.name(), null, data.operators(), data.kind(), data.description(),
				data.paysFor(), null, null, null, null, null, null,
				new Criteria(null, null, null, null, false, false, false, false, false, Set.of(),
						Set.of(Region.OCCITANIE), Set.of()),
				List.of(), List.of(), List.of(), null, null, null, null, null, null, AidStatus.OPEN, false, List.of(),
				LocalDate.of(2026, 1, 1));
		this.testAids.published(regional);
		assertThat(this.following.digestFor(breton, before).newAids()).extracting((a) -> a.data().name())
			.doesNotContain(regional.name());
		// a profile that does not give its region: to check, so it is told
		assertThat(this.following.digestFor(unknown, before).newAids()).extracting((a) -> a.data().name())
			.contains(regional.name());
	}

	/** The digest's last run is over, so that it may run again (on one instance). */
	private void aWeekPasses() {
		this.jdbc.update("update shedlock set lock_until = locked_at where name = 'aids-weekly-digest'");
	}

	private WebSession signedIn(CoopexUser user) throws Exception {
		WebSession session = new WebSession(this.mvc);
		session.signIn(user.email(), Fixtures.PASSWORD);
		return session;
	}

}
