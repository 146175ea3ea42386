package fr.coopex.aids;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.aids.Eligibility.Verdict;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.shared.mail.MailGateway;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.security.Tokens;

/**
 * The aids a member follows, and the weekly digest: new aids that fit their company and
 * the deadlines of followed aids within {@link #DEADLINE_DAYS} days. The digest job runs
 * once a week on one instance only (ShedLock); each message carries a one-click
 * unsubscribe link that works without signing in.
 */
@Service
public class AidFollowing {

	/** Deadlines of followed aids within this many days are recalled. */
	public static final int DEADLINE_DAYS = 14;

	private static final Logger log = LoggerFactory.getLogger(AidFollowing.class);

	private final JdbcTemplate jdbc;

	private final AidCatalogue catalogue;

	private final CompanyFactsSource facts;

	private final CompanyManagement companies;

	private final AccountManagement accounts;

	private final MailGateway mail;

	private final DigestMail digestMail;

	private final Clock clock;

	AidFollowing(JdbcTemplate jdbc, AidCatalogue catalogue, CompanyFactsSource facts, CompanyManagement companies,
			AccountManagement accounts, MailGateway mail, DigestMail digestMail, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.facts = facts;
		this.companies = companies;
		this.accounts = accounts;
		this.mail = mail;
		this.digestMail = digestMail;
		this.clock = clock;
	}

	/**
	 * Follows a published aid (again: no change).
	 * @throws AccessDeniedException for anyone but an SME member
	 * @throws AidNotFoundException when no such aid is published
	 */
	@Transactional
	public void save(CoopexUser member, long aidId) {
		save(member, aidId, false);
	}

	/**
	 * Follows a published aid (again: no change). A closed or historical aid is followed
	 * only when the member said they know it can no longer be applied for.
	 * @throws AidException when the aid is closed and that was not acknowledged
	 */
	@Transactional
	public void save(CoopexUser member, long aidId, boolean closedAcknowledged) {
		requireMember(member);
		requirePublished(aidId);
		requireAcknowledgedIfClosed(this.catalogue, aidId, closedAcknowledged);
		// saved at the same moment from another tab: saved all the same
		this.jdbc.update("insert into aid_saved (user_id, aid_id, saved_at) values (?, ?, ?) on conflict do nothing",
				member.id(), aidId, Timestamp.from(this.clock.instant()));
	}

	/**
	 * Refuses to go on with a closed or historical aid unless the member acknowledged
	 * that it can no longer be applied for.
	 */
	static void requireAcknowledgedIfClosed(AidCatalogue catalogue, long aidId, boolean acknowledged) {
		if (!acknowledged && catalogue.published(aidId).map((a) -> a.data().isClosed()).orElse(false)) {
			throw new AidException("acknowledgeClosed", "aids.closed.acknowledge-required");
		}
	}

	@Transactional
	public void unsave(CoopexUser member, long aidId) {
		requireMember(member);
		this.jdbc.update("delete from aid_saved where user_id = ? and aid_id = ?", member.id(), aidId);
	}

	@Transactional(readOnly = true)
	public boolean isSaved(CoopexUser viewer, long aidId) {
		return viewer != null && !this.jdbc
			.queryForList("select 1 from aid_saved where user_id = ? and aid_id = ?", Integer.class, viewer.id(), aidId)
			.isEmpty();
	}

	/** The published aids this member follows, deadline first. */
	@Transactional(readOnly = true)
	public List<AidView> saved(CoopexUser member) {
		requireMember(member);
		return savedIds(member.id()).stream()
			.map(this.catalogue::published)
			.flatMap(Optional::stream)
			.sorted(java.util.Comparator.comparing((AidView a) -> a.data().closesOn(),
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

	/** Subscribes to the weekly digest, in this language (again: no change). */
	@Transactional
	public void subscribe(CoopexUser member, Locale locale) {
		requireMember(member);
		this.jdbc.update(
				"insert into aid_alert_subscription (user_id, token, locale, subscribed_at) "
						+ "values (?, ?, ?, ?) on conflict do nothing",
				member.id(), Tokens.random(), locale.getLanguage(), Timestamp.from(this.clock.instant()));
	}

	@Transactional
	public void unsubscribe(CoopexUser member) {
		requireMember(member);
		this.jdbc.update("delete from aid_alert_subscription where user_id = ?", member.id());
	}

	/**
	 * Unsubscribes whoever holds this token, from the link of a digest.
	 * @return whether a subscription ended
	 */
	@Transactional
	public boolean unsubscribe(String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			return false;
		}
		return this.jdbc.update("delete from aid_alert_subscription where token = ?", token) > 0;
	}

	@Transactional(readOnly = true)
	public boolean isSubscribed(CoopexUser viewer) {
		return viewer != null && !this.jdbc
			.queryForList("select 1 from aid_alert_subscription where user_id = ?", Integer.class, viewer.id())
			.isEmpty();
	}

	/** What a digest tells: new aids that fit, and deadlines of followed aids. */
	public record Digest(List<AidView> newAids, List<AidView> deadlines) {

		public boolean isEmpty() {
			return this.newAids.isEmpty() && this.deadlines.isEmpty();
		}

	}

	/**
	 * The digest of a member: aids published since {@code since}, open (or of unknown
	 * status), that the company is or may be eligible for; and followed aids whose
	 * deadline falls within {@link #DEADLINE_DAYS} days.
	 */
	@Transactional(readOnly = true)
	public Digest digestFor(CoopexUser member, Instant since) {
		CompanyFacts company = this.facts.facts(this.companies.ownProfile(member));
		LocalDate today = this.catalogue.today();
		List<AidView> fresh = new ArrayList<>();
		for (AidView aid : this.catalogue.published()) {
			boolean open = aid.data().status() == null || aid.data().status() == AidStatus.OPEN;
			if (open && aid.publishedAt() != null && aid.publishedAt().isAfter(since)
					&& this.catalogue.assess(aid.data(), company).verdict() != Verdict.NOT_ELIGIBLE) {
				fresh.add(aid);
			}
		}
		List<AidView> deadlines = new ArrayList<>();
		Set<Long> followed = new HashSet<>(savedIds(member.id()));
		for (AidView aid : this.catalogue.published()) {
			LocalDate closes = aid.data().closesOn();
			if (followed.contains(aid.id()) && closes != null && !closes.isBefore(today)
					&& !closes.isAfter(today.plusDays(DEADLINE_DAYS))) {
				deadlines.add(aid);
			}
		}
		deadlines.sort(java.util.Comparator.comparing((AidView a) -> a.data().closesOn()));
		return new Digest(List.copyOf(fresh), List.copyOf(deadlines));
	}

	/**
	 * Sends the weekly digests (Monday, 7 a.m., Paris time), on one instance: a digest
	 * with nothing to say is not sent. The lock is kept for a minute at least, so that an
	 * instance whose clock is a little behind does not send them all again once the first
	 * is done.
	 * @return the number of messages sent ({@code null} when another instance holds the
	 * lock or sent them less than a minute ago)
	 */
	@Scheduled(cron = "${coopex.aids.digest-cron:0 0 7 * * MON}", zone = "Europe/Paris")
	@SchedulerLock(name = "aids-weekly-digest", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public Integer sendWeeklyDigests() {
		List<Subscription> subscriptions = this.jdbc.query(
				"select user_id, token, locale, coalesce(last_sent_at, subscribed_at) as since from aid_alert_subscription",
				(rs, i) -> new Subscription(rs.getLong("user_id"), rs.getString("token"),
						new Locale(rs.getString("locale")), rs.getTimestamp("since").toInstant()));
		int sent = 0;
		for (Subscription subscription : subscriptions) {
			try {
				if (send(subscription)) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Aid digest for user {} not sent: {}", subscription.userId(), ex.toString());
			}
		}
		return sent;
	}

	private boolean send(Subscription subscription) {
		Instant now = this.clock.instant();
		CoopexUser member = this.accounts.principal(subscription.userId());
		if (member.role() != Role.MEMBER) {
			return false;
		}
		Digest digest = digestFor(member, subscription.since());
		boolean sent = false;
		if (!digest.isEmpty()) {
			this.mail.send(member.email(), this.digestMail.subject(subscription.locale()),
					this.digestMail.body(digest, subscription.token(), subscription.locale()));
			sent = true;
		}
		this.jdbc.update("update aid_alert_subscription set last_sent_at = ? where user_id = ?", Timestamp.from(now),
				subscription.userId());
		return sent;
	}

	private List<Long> savedIds(long userId) {
		return this.jdbc.queryForList("select aid_id from aid_saved where user_id = ? order by saved_at", Long.class,
				userId);
	}

	private void requirePublished(long aidId) {
		if (this.catalogue.published(aidId).isEmpty()) {
			throw new AidNotFoundException();
		}
	}

	static void requireMember(CoopexUser user) {
		if (user == null || user.role() != Role.MEMBER) {
			throw new AccessDeniedException("Only the people of a company follow aids");
		}
	}

	private record Subscription(long userId, String token, Locale locale, Instant since) {
	}

}
