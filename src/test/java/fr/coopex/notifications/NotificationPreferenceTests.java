package fr.coopex.notifications;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.notifications.NotificationKind.Channel;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.support.Fixtures;
import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Notification preferences per kind, honoured for in-app notices and e-mails; the
 * unsubscribe link (signed, without signing in, a confirmation page then a POST, and the
 * one-click address of mail clients); the {@code List-Unsubscribe} headers present on
 * every e-mail but those about money owed or security (test SMTP server); the weekly
 * digest, once a week and opt-out.
 */
@IntegrationTest
class NotificationPreferenceTests {

	@Autowired
	NotificationCenter center;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	WeeklyDigest digest;

	@Autowired
	AccountManagement accounts;

	@Autowired
	EcosystemManagement ecosystems;

	@Autowired
	Ledger ledger;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEmailNotAboutMoneyOrSecurityCarriesTheUnsubscribeHeadersAndLink() throws Exception {
		AccountView person = person(this.fixtures.member());
		this.center.notify(List.of(person), "notifications.stands.booked", List.of("Stand", "12"), "/stands/1");
		MimeMessage news = single(person);
		assertThat(news.getHeader("List-Unsubscribe")[0]).matches("<http.*/unsubscribe/[A-Za-z0-9_.-]+/one-click>");
		assertThat(news.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(TestMail.body(news)).contains("/unsubscribe/");

		AccountView other = person(this.fixtures.member());
		this.center.notify(List.of(other), "notifications.ledger.reminder.late",
				List.of("Acompte", "Stand", NotificationCenter.amount(new BigDecimal("500.00")),
						NotificationCenter.date(LocalDate.of(2026, 1, 31))),
				"/pools/1");
		MimeMessage money = single(other);
		assertThat(money.getHeader("List-Unsubscribe")).isNull();
		assertThat(money.getHeader("List-Unsubscribe-Post")).isNull();
		assertThat(TestMail.body(money)).doesNotContain("/unsubscribe/");
	}

	@Test
	void eachPersonReceivesEachKindAsChosenAndMoneyCannotBeTurnedOff() {
		AccountView inApp = person(this.fixtures.member());
		AccountView byMail = person(this.fixtures.member());
		AccountView never = person(this.fixtures.member());
		this.preferences.set(inApp.id(), Map.of(NotificationKind.ACTIVITY, Channel.IN_APP));
		this.preferences.set(byMail.id(), Map.of(NotificationKind.ACTIVITY, Channel.EMAIL));
		this.preferences.set(never.id(), Map.of(NotificationKind.ACTIVITY, Channel.NONE));

		this.center.notify(List.of(inApp, byMail, never), "notifications.stands.booked", List.of("Stand", "12"),
				"/stands/1");

		assertThat(this.center.latest(inApp.id(), 5)).hasSize(1);
		assertThat(TestMail.to(inApp.email())).isEmpty();
		assertThat(this.center.latest(byMail.id(), 5)).isEmpty();
		assertThat(TestMail.to(byMail.email())).hasSize(1);
		assertThat(this.center.latest(never.id(), 5)).isEmpty();
		assertThat(TestMail.to(never.email())).isEmpty();

		assertThatThrownBy(() -> this.preferences.set(never.id(), Map.of(NotificationKind.MONEY, Channel.NONE)))
			.isInstanceOf(IllegalArgumentException.class);
		this.preferences.set(never.id(), Map.of(NotificationKind.MONEY, Channel.IN_APP));
		this.center.notify(
				List.of(never), "notifications.ledger.reminder.soon", List.of("Acompte", "Stand",
						NotificationCenter.amount(BigDecimal.TEN), NotificationCenter.date(LocalDate.of(2026, 1, 31))),
				"/");
		assertThat(this.center.latest(never.id(), 5)).hasSize(1);
	}

	@Test
	void theUnsubscribeLinkAsksThenTurnsOffThatKindOfEmailWithoutSigningIn() throws Exception {
		AccountView person = person(this.fixtures.member());
		String token = this.preferences.token(person.id(), NotificationKind.GOVERNANCE);

		String page = this.mvc.perform(get("/unsubscribe/" + token)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("unsubscribe-form");
		assertThat(this.preferences.of(person.id()).get(NotificationKind.GOVERNANCE)).isEqualTo(Channel.BOTH);

		assertThat(this.mvc.perform(post("/unsubscribe/" + token)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		String done = this.mvc.perform(post("/unsubscribe/" + token).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(done).contains("unsubscribe-done");
		assertThat(this.preferences.of(person.id()).get(NotificationKind.GOVERNANCE)).isEqualTo(Channel.IN_APP);

		// the one-click address of mail clients, without a CSRF token
		String digest = this.preferences.token(person.id(), NotificationKind.DIGEST);
		assertThat(
				this.mvc.perform(post("/unsubscribe/" + digest + "/one-click")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.preferences.of(person.id()).get(NotificationKind.DIGEST)).isEqualTo(Channel.IN_APP);

		// a forged or essential token opens nothing
		String forged = token.substring(0, token.indexOf('.') + 1) + "AAAA";
		assertThat(this.mvc.perform(get("/unsubscribe/" + forged)).andReturn().getResponse().getContentAsString())
			.contains("unsubscribe-invalid");
		assertThat(this.preferences.read(this.preferences.token(person.id(), NotificationKind.MONEY))).isEmpty();
		assertThat(
				this.mvc.perform(post("/unsubscribe/" + forged + "/one-click")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void thePreferencesPageRefusesToTurnOffMoneyAndSavesTheRest() throws Exception {
		CoopexUser member = this.fixtures.member();
		assertThat(this.mvc.perform(get("/account/notifications").with(user(member)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		var refused = this.mvc
			.perform(post("/account/notifications").with(user(member))
				.with(csrf())
				.param("money", "NONE")
				.param("security", "BOTH")
				.param("membership", "BOTH")
				.param("activity", "BOGUS")
				.param("labels", "NONE")
				.param("governance", "BOTH")
				.param("digest", "NONE"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("money-error", "activity-error");
		assertThat(this.preferences.of(member.id()).get(NotificationKind.LABELS)).isEqualTo(Channel.BOTH);

		var saved = this.mvc
			.perform(post("/account/notifications").with(user(member))
				.with(csrf())
				.param("money", "EMAIL")
				.param("security", "BOTH")
				.param("membership", "BOTH")
				.param("activity", "IN_APP")
				.param("labels", "NONE")
				.param("governance", "BOTH")
				.param("digest", "NONE"))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(this.preferences.of(member.id())).containsEntry(NotificationKind.MONEY, Channel.EMAIL)
			.containsEntry(NotificationKind.LABELS, Channel.NONE)
			.containsEntry(NotificationKind.DIGEST, Channel.NONE);
	}

	@Test
	void theWeeklyDigestListsWhatFallsDueOnceAWeekAndNotToThoseWhoOptedOut() {
		CoopexUser coordinator = this.fixtures.user(Role.COORDINATOR);
		long ecosystem = this.ecosystems.create(coordinator, new EcosystemDraft("Résumé " + System.nanoTime(),
				"Exposer ensemble", Set.of("DE"), Set.of("28"), true, null));
		CoopexUser reader = this.fixtures.member();
		CoopexUser optedOut = this.fixtures.member();
		CoopexUser english = this.fixtures.member();
		this.jdbc.update("update user_account set language = 'en' where id = ?", english.id());
		long pool = this.ledger.openPool(coordinator, PoolOwnerKind.STAND, System.nanoTime() % 1_000_000_000L,
				ecosystem, "Stand digest", AllocationKey.EQUAL, Set.of());
		for (CoopexUser member : List.of(reader, optedOut, english)) {
			this.ecosystems.requestToJoin(member, ecosystem, null, true);
			this.ledger.join(member, pool, new ParticipantDraft(member.organisationId(), "Firme " + member.id(),
					BigDecimal.ONE, null, 20, false, 0));
		}
		this.ledger.addItem(coordinator, pool, Ledger.ANY_VERSION,
				CostItemDraft.of("Inscription", CostCategory.REGISTRATION, new BigDecimal("1000.00"), BigDecimal.ZERO));
		LocalDate today = LocalDate.now(ClockConfiguration.PARIS);
		this.ledger.callDeposits(coordinator, pool, Ledger.ANY_VERSION, "Acompte digest", new BigDecimal("50"),
				today.plusDays(5));
		this.preferences.set(optedOut.id(), Map.of(NotificationKind.DIGEST, Channel.NONE));
		Clock monday = Clock.fixed(today.atTime(7, 0).atZone(ClockConfiguration.PARIS).toInstant(), ZoneOffset.UTC);

		this.digest.runAt(monday);
		this.digest.runAt(monday);

		List<MimeMessage> mails = TestMail.to(reader.email())
			.stream()
			.filter((m) -> TestMail.body(m).contains("Acompte digest") && TestMail.body(m).contains("Ce qui arrive"))
			.toList();
		assertThat(mails).hasSize(1);
		MimeMessage digest = mails.get(0);
		assertThat(TestMail.body(digest)).contains("Acompte digest", "Stand digest");
		assertThat(header(digest, "List-Unsubscribe")).isNotNull();
		assertThat(TestMail.to(optedOut.email())).noneMatch((m) -> TestMail.body(m).contains("Ce qui arrive"));
		// in the language each person uses Coopex in
		assertThat(TestMail.to(english.email())
			.stream()
			.filter((m) -> TestMail.body(m).contains("Acompte digest"))
			.toList()).singleElement().satisfies((m) -> {
				assertThat(m.getSubject()).isEqualTo("Coopex: your week in your ecosystems");
				assertThat(TestMail.body(m)).contains("What falls due:").doesNotContain("Ce qui arrive");
			});
	}

	private AccountView person(CoopexUser user) {
		return this.accounts.find(user.id()).orElseThrow();
	}

	private static MimeMessage single(AccountView person) {
		List<MimeMessage> mails = TestMail.to(person.email());
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static String[] header(MimeMessage message, String name) {
		try {
			return message.getHeader(name);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
