package fr.coopex.ledger;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ledger.LedgerEvents.InconsistentPoolsFound;

/**
 * Checks every night, on one instance, that the posted shares of every pool add up to its
 * total and that its entries balance. Anything else means the ledger was written outside
 * Coopex: the admins are told (an event the notifications and the audit trail react to).
 */
@Component
public class LedgerConsistencyCheck {

	private static final Logger log = LoggerFactory.getLogger(LedgerConsistencyCheck.class);

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	LedgerConsistencyCheck(Ledger ledger, ApplicationEventPublisher events) {
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * Runs the check now.
	 * @return the pools found inconsistent (empty when the ledger is sound)
	 */
	@Scheduled(cron = "${coopex.ledger.consistency-cron:0 17 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "ledger-consistency", lockAtMostFor = "PT30M")
	@Transactional
	public List<Long> check() {
		List<Long> pools = this.ledger.inconsistentPools();
		if (!pools.isEmpty()) {
			log.error("Ledger consistency check: pools {} do not add up", pools);
			this.events.publishEvent(new InconsistentPoolsFound(pools));
		}
		return pools;
	}

}
