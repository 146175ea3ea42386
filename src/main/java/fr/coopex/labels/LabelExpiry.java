package fr.coopex.labels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.labels.LabelEvents.ApplicationChanged;
import fr.coopex.labels.LabelEvents.LabelEndsSoon;
import fr.coopex.shared.config.ClockConfiguration;

/**
 * Every night, once across instances (ShedLock): marks EXPIRED the labels whose end date
 * has come, and reminds the coordinators of a label 60 and 15 days before its end (e-mail
 * and in-app), once per delay.
 */
@Component
public class LabelExpiry {

	private static final Logger log = LoggerFactory.getLogger(LabelExpiry.class);

	private final LabelApplications applications;

	private final LabelSchemes schemes;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LabelExpiry(LabelApplications applications, LabelSchemes schemes, ApplicationEventPublisher events,
			org.springframework.transaction.PlatformTransactionManager transactions, Clock clock) {
		this.applications = applications;
		this.schemes = schemes;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What one run did. */
	public record Run(int expired, int reminded) {
	}

	/**
	 * The nightly run, on the platform's clock.
	 * @return what it did ({@code null} when another instance holds the lock or ran it
	 * less than a minute ago)
	 */
	@Scheduled(cron = "${coopex.labels.expiry-cron:0 30 2 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "labels-expiry", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public Run expireAndRemind() {
		return runAt(this.clock);
	}

	/** A run as of the given clock's date (tests move it). */
	public Run runAt(Clock at) {
		Instant now = at.instant();
		LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.PARIS);
		int expired = 0;
		int reminded = 0;
		List<Long> ids = this.transactions.execute((tx) -> this.applications.findAll()
			.stream()
			.filter((a) -> a.getStatus() == ApplicationStatus.GRANTED || a.getStatus() == ApplicationStatus.SUSPENDED)
			.map(LabelApplication::getId)
			.toList());
		for (long id : ids) {
			try {
				Integer result = this.transactions.execute((tx) -> one(id, today, now));
				if (result != null && result == 1) {
					expired++;
				}
				else if (result != null && result == 2) {
					reminded++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Label application {} not expired or reminded: {}", id, ex.toString());
			}
		}
		return new Run(expired, reminded);
	}

	/** 1 when the label expired, 2 when its coordinators were reminded, 0 otherwise. */
	private int one(long id, LocalDate today, Instant now) {
		LabelApplication a = this.applications.findById(id).orElseThrow();
		SchemeView scheme = this.schemes.find(a.getSchemeId()).orElseThrow();
		if (!today.isBefore(a.getEndsOn())) {
			a.moveTo(ApplicationStatus.EXPIRED, 0, now, null);
			this.applications.saveAndFlush(a);
			this.events.publishEvent(new ApplicationChanged(id, a.getEcosystemId(), scheme.agencyId(), scheme.nameFr(),
					ApplicationStatus.EXPIRED, null, null, a.getLabelNumber()));
			return 1;
		}
		long left = java.time.temporal.ChronoUnit.DAYS.between(today, a.getEndsOn());
		int days = (left <= 15 && !a.isReminded15()) ? 15 : (left <= 60 && !a.isReminded60()) ? 60 : 0;
		if (days == 0) {
			return 0;
		}
		// the last reminder stands for both when the first was never due
		a.reminded(60);
		if (days == 15) {
			a.reminded(15);
		}
		this.applications.saveAndFlush(a);
		this.events.publishEvent(
				new LabelEndsSoon(id, a.getEcosystemId(), scheme.nameFr(), a.getLabelNumber(), a.getEndsOn(), days));
		return 2;
	}

}
