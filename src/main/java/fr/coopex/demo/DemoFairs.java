package fr.coopex.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.coopex.fairs.FairCalendar.FairDraft;

/**
 * The real recurring trade fairs of the mechatronics world that the demo calendar holds.
 */
final class DemoFairs {

	private DemoFairs() {
	}

	/**
	 * The demo calendar. Only Motek 2026 is an edition whose dates and place were checked
	 * with its organiser (see {@code DemoFairsTests}); every other edition is an example
	 * of the fair's usual season, marked "dates to be confirmed" on every page and in the
	 * iCalendar export.
	 */
	static List<FairDraft> all() {
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

}
