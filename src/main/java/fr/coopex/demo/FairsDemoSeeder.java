package fr.coopex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandManagement.StandDraft;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.SubsidyDraft;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.security.CoopexUser;

/**
 * Adds to the demo (after {@link DemoDataSeeder}, once) a calendar of real recurring
 * trade fairs of the mechatronics world, with their organisers, venues and websites, and
 * a shared stand of the chamber's ecosystem at Automate that three members booked. The
 * stand's cost pool (opened with the stand) has its costs and a regional subsidy of half
 * the space for SMEs, so that its page shows a real split. The dates of editions not yet
 * announced are examples of the fair's usual season, marked as to be confirmed.
 */
@Component
@Order(20)
class FairsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FairsDemoSeeder.class);

	private final AccountManagement accounts;

	private final EcosystemManagement ecosystems;

	private final FairCalendar calendar;

	private final StandManagement stands;

	private final Ledger ledger;

	private final boolean enabled;

	FairsDemoSeeder(AccountManagement accounts, EcosystemManagement ecosystems, FairCalendar calendar,
			StandManagement stands, Ledger ledger, CoopexProperties properties, Environment environment) {
		this.accounts = accounts;
		this.ecosystems = ecosystems;
		this.calendar = calendar;
		this.stands = stands;
		this.ledger = ledger;
		this.enabled = properties.demo().enabledFor(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.accounts.findByEmail("admin@demo.coopex.fr").isEmpty()
				|| this.calendar.search(new FairCalendar.Query(null, null, null, null, null), 0)
					.getTotalElements() > 0) {
			return;
		}
		CoopexUser chamber = user("coordination@demo.coopex.fr");
		long automate = 0;
		for (FairDraft fair : DemoFairs.all()) {
			long id = this.calendar.create(chamber, fair, null);
			if (fair.name().equals("Automate")) {
				automate = id;
			}
		}
		EcosystemSummary america = this.ecosystems.mine(chamber)
			.stream()
			.filter((e) -> e.name().startsWith("Industrie du futur"))
			.findFirst()
			.orElse(null);
		// bookings close seven weeks before the fair; once that date has passed, the demo
		// has no stand to book (the fairs are real editions with fixed dates)
		LocalDate deadline = LocalDate.of(2027, 4, 30);
		if (!deadline.isAfter(this.calendar.today())) {
			log.info("Demo shared stand not created: the Automate edition's booking deadline ({}) has passed",
					deadline);
		}
		else if (america != null && automate != 0) {
			long stand = this.stands.open(chamber, automate, america.id(), new StandDraft(new BigDecimal("54"),
					new BigDecimal("9"), deadline,
					"Pavillon France, hall principal : cloisons, mobilier, électricité et mise en avant commune."));
			this.stands.book(user("membre@demo.coopex.fr"), stand, new BigDecimal("18"), null);
			this.stands.book(user("robotique@demo.coopex.fr"), stand, new BigDecimal("12"), null);
			this.stands.book(user("automates@demo.coopex.fr"), stand, new BigDecimal("9"), null);
			costs(chamber, this.stands.view(stand).poolId());
		}
		log.info("Demo trade fairs created: {} fairs and a shared stand at Automate, with its costs",
				DemoFairs.all().size());
	}

	/**
	 * What the stand costs, as the chamber enters it in the stand's pool: the space and
	 * what goes with it split by area, the catalogue entry and the interpreter shared
	 * equally, and the region paying half the space of SMEs.
	 */
	private void costs(CoopexUser chamber, long pool) {
		item(chamber, pool, CostItemDraft.of("Surface nue 54 m² — Pavillon France", CostCategory.SPACE,
				new BigDecimal("16200.00"), new BigDecimal("20")));
		item(chamber, pool, CostItemDraft.of("Construction, cloisons et enseigne", CostCategory.BUILD,
				new BigDecimal("7400.00"), new BigDecimal("20")));
		item(chamber, pool,
				CostItemDraft.of("Mobilier", CostCategory.FURNITURE, new BigDecimal("1650.00"), new BigDecimal("20")));
		item(chamber, pool, CostItemDraft.of("Raccordement électrique", CostCategory.POWER, new BigDecimal("480.00"),
				new BigDecimal("20")));
		item(chamber, pool,
				CostItemDraft
					.of("Inscription au catalogue", CostCategory.CATALOGUE, new BigDecimal("900.00"),
							new BigDecimal("20"))
					.splitBy(AllocationKey.EQUAL));
		item(chamber, pool,
				CostItemDraft
					.of("Interprète, trois jours", CostCategory.INTERPRETER, new BigDecimal("1350.00"),
							new BigDecimal("20"))
					.splitBy(AllocationKey.EQUAL));
		this.ledger.addSubsidy(chamber, pool, Ledger.ANY_VERSION, SubsidyDraft.rate(
				"Région — aide aux salons à l’étranger (PME)", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));
	}

	private void item(CoopexUser chamber, long pool, CostItemDraft item) {
		this.ledger.addItem(chamber, pool, Ledger.ANY_VERSION, item);
	}

	private CoopexUser user(String email) {
		return this.accounts.principal(this.accounts.findByEmail(email).map(AccountView::id).orElseThrow());
	}

}
