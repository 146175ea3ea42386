package fr.coopex.notifications;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemPayments;
import fr.coopex.ledger.LedgerEvents.SplitPosted;
import fr.coopex.missions.MissionManagement;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.Role;
import fr.coopex.support.StandaloneModule;
import fr.coopex.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The notifications module on its own, on the test database: when the ledger announces
 * that a stand's split is confirmed, the people of the participating companies are told,
 * in the app and by e-mail, and only they. The accounts, ecosystems and missions modules
 * are mocked.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@Import(LedgerNotificationsScenarioTests.Shared.class)
@MockitoBean(
		types = { AccountManagement.class, EcosystemPayments.class, EcosystemManagement.class, MissionManagement.class,
				fr.coopex.ledger.CashCallFollowUp.class, fr.coopex.ecosystems.EcosystemGovernance.class })
class LedgerNotificationsScenarioTests {

	private static final long PARTICIPANT = 501;

	private static final long OUTSIDER = 502;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private NotificationCenter center;

	@MockitoBean
	private MailGateway mail;

	@Test
	void theParticipantsOfAConfirmedSplitAreToldInTheAppAndByMail(Scenario scenario) {
		AccountView manager = person(9001, PARTICIPANT, true);
		AccountView gone = person(9002, PARTICIPANT, false);
		given(this.accounts.members(PARTICIPANT)).willReturn(List.of(manager, gone));
		given(this.accounts.members(OUTSIDER)).willReturn(List.of(person(9003, OUTSIDER, true)));

		scenario
			.publish(new SplitPosted(77, 5, "Stand Hannover Messe", List.of(PARTICIPANT), new BigDecimal("12600.00"),
					3L))
			.andWaitForStateChange(() -> this.center.latest(manager.id(), 10))
			.andVerify((notices) -> {
				assertThat(notices).singleElement().satisfies((notice) -> {
					assertThat(notice.messageKey()).isEqualTo("notifications.ledger.posted");
					assertThat(notice.link()).isEqualTo("/pools/77");
					assertThat(notice.arguments()).first().isEqualTo("Stand Hannover Messe");
				});
				assertThat(this.center.latest(gone.id(), 10)).isEmpty();
				assertThat(this.center.latest(9003, 10)).isEmpty();
				verify(this.mail).send(eq(manager.email()), anyString(), anyString(),
						(MailGateway.Attachment) isNull());
				verify(this.mail, never()).send(eq(gone.email()), anyString(), anyString(),
						any(MailGateway.Attachment.class));
			});
	}

	private static AccountView person(long id, long companyId, boolean enabled) {
		return new AccountView(id, "person" + id + "@example.fr", "Person " + id, Role.MEMBER, companyId,
				"Company " + companyId, OrganisationKind.COMPANY, enabled, false, Instant.EPOCH);
	}

	/** What the shared module gives the application, for this module alone. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Shared {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
		}

		/** The platform settings, bound as the application binds them (defaults here). */
		@Bean
		CoopexProperties coopexProperties(Environment environment) {
			return Binder.get(environment).bindOrCreate("coopex", CoopexProperties.class);
		}

		@Bean
		CacheManager cacheManager() {
			return new ConcurrentMapCacheManager();
		}

		@Bean
		JavaMigration companiesSearchWordsMigration() {
			return StandaloneModule.companiesV100();
		}

	}

}
