package fr.coopex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

	/**
	 * The demo calendar. Only Motek 2026 is an edition whose dates and place were checked
	 * with its organiser (see {@code DemoFairsTests}); every other edition is an example
	 * of the fair's usual season, marked "dates to be confirmed" on every page and in the
	 * iCalendar export.
	 */
	static List<FairDraft> fairs() {
		return List.of(
				example("Hannover Messe", "Deutsche Messe AG", "Hanovre", "DE", "Messegelände Hannover",
						LocalDate.of(2027, 4, 12), 4, Set.of("C"), "https://www.hannovermesse.de",
						"Le grand salon mondial de l’industrie : automatisation, énergie, numérique, sous-traitance."),
				example("automatica", "Messe München GmbH", "Munich", "DE", "Messe München", LocalDate.of(2027, 6, 22),
						3, Set.of("27", "28"), "https://automatica-munich.com",
						"Robotique, automatisation et vision industrielle."),
				example("SPS – Smart Production Solutions", "Mesago Messe Frankfurt GmbH", "Nuremberg", "DE",
						"Messezentrum Nürnberg", LocalDate.of(2027, 11, 23), 2, Set.of("26", "27"),
						"https://sps.mesago.com", "Automatisation électrique : commande, entraînements, capteurs."),
				example("productronica", "Messe München GmbH", "Munich", "DE", "Messe München",
						LocalDate.of(2027, 11, 16), 3, Set.of("26"), "https://productronica.com",
						"Salon de la production électronique, tous les deux ans."),
				// Motek moved to even years: no 2027 edition; 2026 was held from 6 to 8
				// October
				new FairDraft("Motek", "P. E. Schall GmbH & Co. KG", "Stuttgart", "DE", "Messe Stuttgart",
						LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 8), Set.of("28"),
						"https://www.motek-messe.de",
						"Automatisation de l’assemblage et de la manutention. Désormais les années paires.", false),
				// Global Industrie alternates Paris Nord Villepinte (even years) and Lyon
				// Eurexpo (odd years): 2027 is in Lyon
				example("Global Industrie", "GL events Exhibitions", "Lyon", "FR", "Eurexpo Lyon",
						LocalDate.of(2027, 3, 9), 3, Set.of("C"), "https://www.global-industrie.com",
						"Le salon français de l’industrie, à Paris Nord Villepinte les années paires et à Lyon Eurexpo les années impaires."),
				example("Micronora", "Micronora", "Besançon", "FR", "Micropolis", LocalDate.of(2028, 9, 26), 3,
						Set.of("26", "28", "32"), "https://www.micronora.com",
						"Microtechniques et précision, tous les deux ans."),
				example("SIMODEC", "Rochexpo", "La Roche-sur-Foron", "FR", "Rochexpo", LocalDate.of(2028, 3, 7), 3,
						Set.of("25", "28"), "https://www.simodec.fr",
						"Machines-outils et décolletage, tous les deux ans."),
				// the city and dates of the 2027 edition were not announced when checked
				example("Automate", "Association for Advancing Automation (A3)", "Ville à confirmer", "US", null,
						LocalDate.of(2027, 6, 21), 3, Set.of("27", "28"), "https://www.automateshow.com",
						"Le salon nord-américain de la robotique et de l’automatisation : ville et dates de l’édition 2027 non annoncées."),
				example("IMTS – International Manufacturing Technology Show",
						"AMT – The Association For Manufacturing Technology", "Chicago", "US", "McCormick Place",
						LocalDate.of(2028, 9, 11), 5, Set.of("28"), "https://www.imts.com",
						"Machines-outils et technologies de production, tous les deux ans."),
				example("CIIE – China International Import Expo", "China International Import Expo Bureau", "Shanghai",
						"CN", "National Exhibition and Convention Center (Shanghai)", LocalDate.of(2027, 11, 5), 5,
						Set.of("C"), "https://www.ciie.org", "Le salon chinois des importations."),
				// formerly Manufacturing World Japan; its 2025 edition was at Makuhari
				// Messe
				example("Manufacturing World Tokyo", "RX Japan Ltd.", "Chiba", "JP", "Makuhari Messe",
						LocalDate.of(2027, 7, 7), 2, Set.of("26", "28"), "https://www.manufacturing-world.jp",
						"Salons de la fabrication : machines, composants mécaniques, usinage. Anciennement Manufacturing World Japan ; édition 2025 à Makuhari Messe, lieu de l’édition à venir à confirmer."));
	}

	/** An edition whose dates (and sometimes place) the organiser has not confirmed. */
	private static FairDraft example(String name, String organiser, String city, String country, String venue,
			LocalDate start, int extraDays, Set<String> sectors, String website, String description) {
		return new FairDraft(name, organiser, city, country, venue, start, start.plusDays(extraDays), sectors, website,
				description, true);
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
		for (FairDraft fair : fairs()) {
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
		log.info("Demo trade fairs created: {} fairs and a shared stand at Automate, with its costs", fairs().size());
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
