package fr.coopex.notifications;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.ledger.CashCallFollowUp;
import fr.coopex.ledger.OverdueLine;
import fr.coopex.notifications.NotificationCenter.Notification;
import fr.coopex.notifications.NotificationKind.Channel;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Every Monday morning, once across instances (ShedLock), e-mails each person of a member
 * company a digest of their ecosystems: what they were told in the week, and the cash
 * calls their company owes that fall due in the next two weeks or are late. Not sent to
 * those who turned the digest off, nor when there is nothing to say; one row per person
 * and week, so a second run never sends it twice.
 */
@Component
public class WeeklyDigest {

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

	/** How far ahead cash calls are listed (days). */
	static final int DUE_AHEAD = 14;

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	private final CashCallFollowUp cashCalls;

	private final NotificationCenter center;

	private final NotificationPreferences preferences;

	private final DigestText text;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	WeeklyDigest(AccountManagement accounts, EcosystemManagement ecosystems, CashCallFollowUp cashCalls,
			NotificationCenter center, NotificationPreferences preferences, DigestText text, JdbcTemplate jdbc,
			Clock clock) {
		this.accounts = accounts;
		this.ecosystems = ecosystems;
		this.cashCalls = cashCalls;
		this.center = center;
		this.preferences = preferences;
		this.text = text;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The Monday run, on the platform's clock.
	 * @return how many digests were sent ({@code null} when another instance holds the
	 * lock or ran it less than a minute ago)
	 */
	@Scheduled(cron = "${coopex.notifications.digest-cron:0 0 7 * * MON}", zone = "Europe/Paris")
	@SchedulerLock(name = "notifications-weekly-digest", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
	public Integer send() {
		return runAt(this.clock);
	}

	/** A run as of the given clock's date (tests move it). */
	public int runAt(Clock at) {
		Instant now = at.instant();
		LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.PARIS);
		LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<AccountView> people = this.accounts.withRole(Role.MEMBER).stream().filter(AccountView::enabled).toList();
		List<Long> ids = people.stream().map(AccountView::id).toList();
		Map<Long, Channel> channels = this.preferences.channels(ids, NotificationKind.DIGEST);
		Map<Long, Locale> languages = this.accounts.languages(ids);
		int sent = 0;
		for (AccountView person : people) {
			if (!channels.getOrDefault(person.id(), Channel.BOTH).email()) {
				continue;
			}
			try {
				sent += one(person, languages.getOrDefault(person.id(), Locale.FRENCH), today, week, now) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Weekly digest of {} not sent: {}", person.id(), ex.toString());
			}
		}
		return sent;
	}

	/** One person's digest, in the language they use Coopex in. */
	private boolean one(AccountView person, Locale language, LocalDate today, LocalDate week, Instant now) {
		CoopexUser user = this.accounts.principal(person.id());
		List<EcosystemSummary> ecosystems = this.ecosystems.mine(user);
		if (ecosystems.isEmpty()) {
			return false;
		}
		Instant since = now.minus(java.time.Duration.ofDays(7));
		List<Notification> told = this.center.latest(person.id(), 50)
			.stream()
			.filter((n) -> n.createdAt().isAfter(since))
			.toList();
		List<OverdueLine> due = this.cashCalls.owedBy(user, today.plusDays(DUE_AHEAD));
		if (told.isEmpty() && due.isEmpty()) {
			return false;
		}
		if (this.jdbc.update("insert into notification_digest_sent (user_id, week_of, sent_at) values (?, ?, ?) "
				+ "on conflict do nothing", person.id(), Date.valueOf(week), Timestamp.from(now)) == 0) {
			return false;
		}
		this.center.mail(person, NotificationKind.DIGEST, this.text.subject(language),
				this.text.body(ecosystems, told, due, language), language);
		return true;
	}

}
