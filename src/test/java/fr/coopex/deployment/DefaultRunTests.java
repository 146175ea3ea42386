package fr.coopex.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import fr.coopex.support.HttpVisitor;
import fr.coopex.support.Instances;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's path: {@code ./mvnw spring-boot:run} with no configuration runs on an
 * embedded H2 file database, seeds the demo data, serves the home page, and the demo
 * accounts sign in at once (no second factor for them).
 */
class DefaultRunTests {

	private static ConfigurableApplicationContext application;

	private static Path dataDirectory;

	private static int port;

	@BeforeAll
	static void startWithDefaults() throws Exception {
		dataDirectory = Files.createTempDirectory("coopex-default-run");
		// only the port and the folder of the H2 file change: everything else is the
		// default
		application = Instances.start(Map.of("spring.datasource.url",
				"jdbc:h2:file:" + dataDirectory.resolve("coopex")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"spring.datasource.username", "sa", "spring.datasource.password", ""));
		port = Instances.port(application);
		assertThat(application.getEnvironment().getProperty("spring.datasource.url"))
			.startsWith("jdbc:h2:file:" + dataDirectory);
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void servesTheHomePage() throws Exception {
		var home = new HttpVisitor(port).get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Exporter ensemble").contains("<html lang=\"fr\">");
	}

	@Test
	void letsEveryDemoAccountSignInAtOnce() throws Exception {
		for (String email : new String[] { "admin@demo.coopex.fr", "agence@demo.coopex.fr",
				"coordination@demo.coopex.fr", "membre@demo.coopex.fr" }) {
			HttpVisitor visitor = new HttpVisitor(port);
			assertThat(visitor.signIn(email, "coopex-demo-2026")).as(email).endsWith("/");
			assertThat(visitor.get("/").body()).as(email).contains("Bonjour");
		}
	}

	@Test
	void showsTheDemoAdminTheAuditTrail() throws Exception {
		HttpVisitor admin = new HttpVisitor(port);
		admin.signIn("admin@demo.coopex.fr", "coopex-demo-2026");
		var audit = admin.get("/admin/audit");
		assertThat(audit.statusCode()).isEqualTo(200);
		assertThat(audit.body()).contains("Admin Démo (Coopex) s’est connecté(e)").doesNotContain(">SIGN_IN<");
		assertThat(admin.get("/admin/requests").body()).contains("CCI Grand Est");
		assertThat(admin.get("/admin/organisations?kind=AGENCY").body())
			.contains("Agence régionale de développement économique")
			.contains("Grand Est");
	}

	@Test
	void showsTheDemoMemberItsAidsAndTheDemoAgencyItsCatalogue() throws Exception {
		HttpVisitor member = new HttpVisitor(port);
		member.signIn("membre@demo.coopex.fr", "coopex-demo-2026");
		assertThat(member.get("/aids?q=salon&status=CLOSED").body()).contains("Aide salons et foires");
		assertThat(member.get("/aids/saved").body()).contains("Assurance Prospection").contains(">PCI<");
		assertThat(member.get("/applications").body()).contains("Assurance Prospection").contains("En préparation");
		HttpVisitor agency = new HttpVisitor(port);
		agency.signIn("agence@demo.coopex.fr", "coopex-demo-2026");
		assertThat(agency.get("/aids/manage").body()).contains("Impulsion Export").contains("Pass Export RH");
	}

	@Test
	void showsTheDozenRealFairsOfTheDemoCalendar() throws Exception {
		var calendar = new HttpVisitor(port).get("/fairs");
		assertThat(calendar.statusCode()).isEqualTo(200);
		// the calendar shows what is to come: Motek's checked 2026 edition ends on 8
		// October
		int expected = java.time.LocalDate.now().isAfter(java.time.LocalDate.of(2026, 10, 8)) ? 11 : 12;
		assertThat(calendar.body()).contains("Salons trouvés : " + expected + "</span>");
		Matcher rows = Pattern.compile("href=\"/fairs/[0-9]+\"").matcher(calendar.body());
		int fairs = 0;
		while (rows.find()) {
			fairs++;
		}
		assertThat(fairs).isEqualTo(expected);
		assertThat(calendar.body()).contains("Hannover Messe")
			.contains("Global Industrie")
			.contains("Micronora")
			.contains("Automate")
			.contains("Manufacturing World Tokyo")
			.doesNotContain("Manufacturing World Japan")
			.contains("Dates à confirmer");
		// every page of the demo run says it shows demo data
		assertThat(calendar.body()).contains("id=\"demo-banner\"")
			.contains("Démonstration : les entreprises, personnes et chiffres de ce site sont fictifs.");
		// a search finds a fair by its name
		assertThat(new HttpVisitor(port).get("/fairs?q=Micronora").body()).contains("Salons trouvés : 1</span>")
			.contains("Besançon")
			.doesNotContain("Hannover Messe");
	}

	@Test
	void showsTheDemoMemberTheSplitOfItsSharedStandsCosts() throws Exception {
		HttpVisitor member = new HttpVisitor(port);
		member.signIn("membre@demo.coopex.fr", "coopex-demo-2026");
		Matcher stand = Pattern.compile("href=\"(/stands/[0-9]+)\"").matcher(member.get("/stands").body());
		assertThat(stand.find()).isTrue();
		Matcher pool = Pattern.compile("href=\"(/pools/[0-9]+)\"").matcher(member.get(stand.group(1)).body());
		assertThat(pool.find()).isTrue();
		var split = member.get(pool.group(1));
		assertThat(split.statusCode()).isEqualTo(200);
		assertThat(split.body()).contains("Surface nue 54 m²")
			.contains("Région — aide aux salons à l’étranger (PME)")
			.contains("id=\"shares\"")
			.contains("Mécatronique du Jura")
			.contains("Robotique Loire Atlantique")
			.contains("Automates Occitanie");
	}

	@Test
	void showsTheLifeOfTheChambersEcosystemTheObservatoryAndTheDeMinimisRegister() throws Exception {
		HttpVisitor member = new HttpVisitor(port);
		member.signIn("membre@demo.coopex.fr", "coopex-demo-2026");
		Matcher link = Pattern.compile("href=\"(/ecosystems/[0-9]+)\"").matcher(member.get("/ecosystems").body());
		String america = null;
		while (america == null && link.find()) {
			String page = member.get(link.group(1)).body();
			if (page.contains("<h1") && page.contains("Industrie du futur — Amérique du Nord</h1>")) {
				america = page;
			}
		}
		assertThat(america).isNotNull()
			.contains("Pavillon commun à Automate 2027")
			.contains("Réunion de préparation Amérique du Nord")
			.contains("Participer ensemble au salon Automate 2027 à Detroit ?");
		assertThat(member.get("/account/company/de-minimis").body()).contains("Chèque export (démonstration)")
			.contains("4\u202F000,00\u00A0€");
		// every demo firm lends its profile: the agency’s seven regions hold six of them
		HttpVisitor agency = new HttpVisitor(port);
		agency.signIn("agence@demo.coopex.fr", "coopex-demo-2026");
		assertThat(agency.get("/observatory").body()).contains("6 entreprises comptées");
		assertThat(new HttpVisitor(port).get("/observatory/summary").body()).contains("11 entreprises comptées");
	}

	@Test
	void seedsElevenSmeProfilesTwoEcosystemsAndRequestsAwaitingADecision() throws Exception {
		// eight firms of the first demo, and three that complement them (partner
		// suggestions)
		List<String> smes = List.of("Mécatronique du Jura", "Axes &amp; Moteurs Savoie", "Capteurs Alsace Industrie",
				"Robotique Loire Atlantique", "Hydrauliques de Bretagne", "Micro-Usinage Franc-Comtois",
				"Automates Occitanie", "Vision Industrielle Lyonnaise", "Électronique Embarquée Normandie",
				"Logiciels Industriels Bordelais", "Usinage Grand Ouest");
		HttpVisitor member = new HttpVisitor(port);
		member.signIn("membre@demo.coopex.fr", "coopex-demo-2026");
		String directory = member.get("/companies").body();
		assertThat(directory).contains(smes);
		// the demo firms' SIRENs are marked as fictitious on their pages, and the chamber
		// is
		// a fictitious one
		String company = member.get(links(directory, "/companies/").iterator().next()).body();
		assertThat(company).contains("id=\"siren-fictitious\"").contains("SIREN fictif (démonstration)");
		assertThat(member.get("/ecosystems").body()).doesNotContain("CCI Bourgogne-Franche-Comté");
		assertThat(links(directory, "/companies/")).hasSize(11);
		// their profiles are filled in: the machine makers (NAF division 28) are found by
		// sector, the others not
		String machineMakers = member.get("/companies?naf=28").body();
		assertThat(machineMakers).contains("Mécatronique du Jura", "Robotique Loire Atlantique",
				"Hydrauliques de Bretagne", "Micro-Usinage Franc-Comtois", "Usinage Grand Ouest");
		assertThat(machineMakers).doesNotContain("Capteurs Alsace Industrie", "Automates Occitanie",
				"Vision Industrielle Lyonnaise", "Axes &amp; Moteurs Savoie");
		assertThat(links(machineMakers, "/companies/")).hasSize(5);

		String ecosystems = member.get("/ecosystems").body();
		String china = ecosystem(ecosystems, "Mécatronique Export Chine");
		String america = ecosystem(ecosystems, "Industrie du futur — Amérique du Nord");
		// the leader firm's manager coordinates the first: one request waits for it
		String chinaPage = member.get(china).body();
		assertThat(pending(chinaPage)).containsExactly("Capteurs Alsace Industrie");
		assertThat(chinaPage).contains("3 membres");
		// the chamber coordinates the second: two requests wait for it
		HttpVisitor chamber = new HttpVisitor(port);
		chamber.signIn("coordination@demo.coopex.fr", "coopex-demo-2026");
		String americaPage = chamber.get(america).body();
		assertThat(pending(americaPage)).containsExactlyInAnyOrder("Vision Industrielle Lyonnaise",
				"Hydrauliques de Bretagne");
		assertThat(americaPage).contains("3 membres");
		// a company that waits sees so
		HttpVisitor waiting = new HttpVisitor(port);
		waiting.signIn("vision@demo.coopex.fr", "coopex-demo-2026");
		assertThat(waiting.get(america).body())
			.contains("Votre demande d’adhésion attend la décision des coordinateurs.");
	}

	/** The distinct links under a path on a page. */
	private static Set<String> links(String page, String path) {
		Set<String> links = new LinkedHashSet<>();
		Matcher link = Pattern.compile("href=\"(" + Pattern.quote(path) + "[0-9]+)\"").matcher(page);
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

	/** The link to the ecosystem of this name in the directory. */
	private static String ecosystem(String directory, String name) {
		Matcher link = Pattern.compile("href=\"(/ecosystems/[0-9]+)\">" + Pattern.quote(name) + "<").matcher(directory);
		assertThat(link.find()).as(name).isTrue();
		return link.group(1);
	}

	/** The companies whose requests a coordinator's page lists. */
	private static List<String> pending(String page) {
		int start = page.indexOf("id=\"console-heading\"");
		assertThat(start).as("the coordinator's part of the page").isPositive();
		String requests = page.substring(start, page.indexOf("/invitations\"", start));
		return Pattern.compile("href=\"/companies/[0-9]+\">([^<]+)</a>")
			.matcher(requests)
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

}
