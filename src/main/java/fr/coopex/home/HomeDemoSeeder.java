package fr.coopex.home;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PoolLine;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.security.CoopexUser;

/**
 * Demo data for the home page (demo run only, once): a deposit called on the demo shared
 * stand, due some days ago, so that the demo member sees an overdue cash call in red on
 * its home page and the demo coordinator sees it in their overdue list.
 */
@Component
@Order(40)
class HomeDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HomeDemoSeeder.class);

	private final AccountManagement accounts;

	private final Ledger ledger;

	private final Clock clock;

	private final boolean enabled;

	HomeDemoSeeder(AccountManagement accounts, Ledger ledger, Clock clock, CoopexProperties properties,
			Environment environment) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.clock = clock;
		this.enabled = properties.demo().enabledFor(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Optional<CoopexUser> chamber = this.accounts.findByEmail("coordination@demo.coopex.fr")
			.map(AccountView::id)
			.map(this.accounts::principal);
		if (chamber.isEmpty()) {
			return;
		}
		Optional<PoolLine> pool = this.ledger.mine(chamber.get())
			.stream()
			.filter((p) -> p.status() == PoolStatus.OPEN)
			.findFirst();
		if (pool.isEmpty() || !this.ledger.pool(chamber.get(), pool.get().poolId()).cashCalls().isEmpty()) {
			return;
		}
		LocalDate dueOn = LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS)).minusDays(5);
		this.ledger.callDeposits(chamber.get(), pool.get().poolId(), Ledger.ANY_VERSION, "Acompte de réservation",
				new BigDecimal("30"), dueOn);
		log.info("Demo deposit called on '{}', due {}: overdue on the members' home pages", pool.get().title(), dueOn);
	}

}
