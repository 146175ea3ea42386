package fr.coopex.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.coopex.fairs.FairCalendar.FairDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo calendar tells no untruth: every fair with a date is either marked "dates to
 * be confirmed" or an edition checked against its organiser's announcement, listed here
 * with its source.
 */
class DemoFairsTests {

	/** An edition checked with its source: its city, venue and dates. */
	record Checked(String city, String venue, LocalDate startsOn, LocalDate endsOn, String source) {
	}

	static final Map<String, Checked> CHECKED = Map
		.of("Motek", new Checked("Stuttgart", "Messe Stuttgart", LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 8),
				"https://www.motek-messe.de (Motek moved to even years; 2026 edition 6–8 October, no 2027 edition)"));

	@Test
	void everyDemoFairIsTentativeOrACheckedEditionWithItsSource() {
		for (FairDraft fair : DemoFairs.all()) {
			assertThat(fair.startsOn()).as(fair.name()).isNotNull();
			if (fair.datesTentative()) {
				continue;
			}
			Checked checked = CHECKED.get(fair.name());
			assertThat(checked).as(fair.name() + " has confirmed dates but is not in the checked table").isNotNull();
			assertThat(checked.source()).isNotBlank();
			assertThat(List.of(fair.city(), fair.venue(), fair.startsOn(), fair.endsOn())).as(fair.name())
				.containsExactly(checked.city(), checked.venue(), checked.startsOn(), checked.endsOn());
		}
	}

	@Test
	void showsTheEditionsAsTheirOrganisersAnnouncedThem() {
		Map<String, FairDraft> fairs = new java.util.HashMap<>();
		DemoFairs.all().forEach((f) -> fairs.put(f.name(), f));
		// Motek moved to even years: no 2027 edition
		assertThat(fairs.get("Motek").startsOn().getYear() % 2).isZero();
		// Global Industrie alternates Paris (even years) and Lyon (odd years)
		FairDraft globalIndustrie = fairs.get("Global Industrie");
		assertThat(globalIndustrie.city())
			.isEqualTo(globalIndustrie.startsOn().getYear() % 2 == 0 ? "Villepinte" : "Lyon");
		// Automate 2027: city and dates not announced
		assertThat(fairs.get("Automate").datesTentative()).isTrue();
		assertThat(fairs.get("Automate").city()).doesNotContain("Détroit");
		// renamed; its 2025 edition was at Makuhari Messe
		assertThat(fairs).doesNotContainKey("Manufacturing World Japan").containsKey("Manufacturing World Tokyo");
		assertThat(fairs.get("Manufacturing World Tokyo").datesTentative()).isTrue();
	}

	@Test
	void theDemoFirmsSirensAreValidAndDeclaredFictitious() {
		DemoDataSeeder seeder = new DemoDataSeeder(null, null, null, null,
				new fr.coopex.shared.config.CoopexProperties(null,
						new fr.coopex.shared.config.CoopexProperties.Demo("false"), null, null, null),
				new org.springframework.mock.env.MockEnvironment(), null, null);
		assertThat(seeder.sirens()).hasSize(8).allMatch(fr.coopex.shared.validation.Luhn::isValid);
		assertThat(DemoDataSeeder.CHAMBER).doesNotContain("Bourgogne").contains("fictive");
	}

}
