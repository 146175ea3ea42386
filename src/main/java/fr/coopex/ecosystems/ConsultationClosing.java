package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.ecosystems.EcosystemEvents.ConsultationDecided;

/**
 * Every minute, once across instances (ShedLock): closes the consultations whose deadline
 * has come. The result is computed from the ballots ({@link Tally}) against the member
 * companies active at that moment, recorded (and never changed afterwards: PostgreSQL
 * refuses it) and told to the ecosystem. A charter submitted to the consultation comes
 * into force when it is adopted.
 */
@Component
public class ConsultationClosing {

	private static final Logger log = LoggerFactory.getLogger(ConsultationClosing.class);

	private final Consultations consultations;

	private final Ecosystems ecosystems;

	private final MembershipReads members;

	private final Charters charters;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ConsultationClosing(Consultations consultations, Ecosystems ecosystems, MembershipReads members, Charters charters,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.consultations = consultations;
		this.ecosystems = ecosystems;
		this.members = members;
		this.charters = charters;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * The run, on the platform's clock.
	 * @return how many consultations it closed ({@code null} when another instance holds
	 * the lock)
	 */
	@Scheduled(cron = "${coopex.ecosystems.consultation-cron:0 * * * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "ecosystems-consultations", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
	public Integer closeDue() {
		return runAt(this.clock);
	}

	/** A run as of the given clock (tests move it). */
	public int runAt(Clock at) {
		Instant now = at.instant();
		List<Long> due = this.consultations.due(now);
		int closed = 0;
		for (long id : due) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((tx) -> close(id, now)))) {
					closed++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Consultation {} not closed: {}", id, ex.toString());
			}
		}
		return closed;
	}

	private boolean close(long id, Instant now) {
		Consultations.Row consultation = this.consultations.lock(id).orElseThrow();
		if (consultation.closed()) {
			return false;
		}
		List<Consultations.OptionRow> options = this.consultations.options(id);
		List<Integer> votes = this.consultations.count(id, options);
		int entitled = this.members.activeCompanyIds(consultation.ecosystemId()).size();
		Tally tally = Tally.of(votes, entitled, consultation.quorumPercent(), consultation.majority(),
				consultation.charterText() != null);
		this.consultations.close(consultation, options, votes, tally, entitled, now);
		Ecosystem ecosystem = this.ecosystems.findById(consultation.ecosystemId()).orElseThrow();
		int charterVersion = 0;
		if (consultation.charterText() != null && Tally.ADOPTED.equals(tally.outcome())) {
			this.charters.publish(ecosystem, consultation.charterText(), consultation.openedBy(), now);
			this.ecosystems.saveAndFlush(ecosystem);
			charterVersion = ecosystem.getCharterVersion();
		}
		String winner = (tally.winner() < 0) ? null : options.get(tally.winner()).label();
		this.events.publishEvent(new ConsultationDecided(ecosystem.getId(), ecosystem.getName(), id,
				consultation.question(), tally.outcome(), winner, charterVersion));
		return true;
	}

}
