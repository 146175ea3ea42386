package fr.coopex.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.shared.config.ClockConfiguration;

/**
 * Every morning, once across instances (ShedLock), reminds each company of the cash call
 * lines it still owes, on the reminder days of the pool's ecosystem
 * ({@link ReminderDays}: by default 7 days before the due date, 1 and 15 days after).
 * Each reminder sent is a row unique per line and reminder day, so that a second run,
 * here or on another instance, never sends it twice. A line on which the company declared
 * a payment that waits for a manager ({@link PaymentDeclarations}) is not reminded.
 */
@Component
public class CashCallReminders {

	private static final Logger log = LoggerFactory.getLogger(CashCallReminders.class);

	private final FollowUpReads reads;

	private final ReminderSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CashCallReminders(FollowUpReads reads, ReminderSettings settings, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.reads = reads;
		this.settings = settings;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * The morning run, on the platform's clock.
	 * @return how many reminders were sent ({@code null} when another instance holds the
	 * lock or ran it less than a minute ago)
	 */
	@Scheduled(cron = "${coopex.ledger.reminders-cron:0 0 8 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "ledger-cash-call-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public Integer remind() {
		return runAt(this.clock);
	}

	/** A run as of the given clock's date (tests move it). */
	public int runAt(Clock at) {
		LocalDate today = LocalDate.ofInstant(at.instant(), ClockConfiguration.PARIS);
		List<PoolRow> pools = this.transactions.execute((tx) -> this.reads.poolsWithCallsDue("1 = ?",
				today.minusDays(FollowUpReads.FOLLOWED_DAYS), today.plusDays(ReminderDays.MAX_DAY), 1));
		Map<Long, ReminderDays> days = new HashMap<>();
		int sent = 0;
		for (PoolRow pool : (pools == null) ? List.<PoolRow>of() : pools) {
			try {
				Integer count = this.transactions.execute((tx) -> remind(pool.id, today, days));
				sent += (count != null) ? count : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Cash calls of pool {} not reminded: {}", pool.id, ex.toString());
			}
		}
		return sent;
	}

	private int remind(long poolId, LocalDate today, Map<Long, ReminderDays> days) {
		int sent = 0;
		PoolRow pool = this.reads.pool(poolId);
		ReminderDays reminderDays = days.computeIfAbsent(pool.ecosystemId, this.settings::of);
		java.util.Set<String> declared = this.reads.awaitingConfirmation(poolId);
		for (OutstandingLine owed : this.reads.owed(pool, today.minusDays(FollowUpReads.FOLLOWED_DAYS),
				today.plusDays(ReminderDays.MAX_DAY), null)) {
			if (declared.contains(owed.key())) {
				// the company says it paid: its managers confirm or reject it first
				continue;
			}
			String slot = reminderDays.slotOn(ChronoUnit.DAYS.between(owed.call().dueOn(), today));
			if (slot != null && this.reads.markSent(owed, slot, null)) {
				this.events.publishEvent(owed.reminder(today, null));
				sent++;
			}
		}
		return sent;
	}

}
