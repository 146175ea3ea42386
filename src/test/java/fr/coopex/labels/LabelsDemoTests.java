package fr.coopex.labels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import fr.coopex.support.HttpVisitor;
import fr.coopex.support.Instances;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelling demo on the default run (embedded H2, demo data): the agency's regional
 * scheme, one ecosystem labelled in the public registry, and one application under review
 * with the agency's question waiting for the coordinator.
 */
class LabelsDemoTests {

	private static ConfigurableApplicationContext application;

	private static int port;

	@BeforeAll
	static void startTheDefaultRun() throws Exception {
		Path data = Files.createTempDirectory("coopex-labels-demo");
		application = Instances.start(Map.of("spring.datasource.url",
				"jdbc:h2:file:" + data.resolve("coopex")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"spring.datasource.username", "sa", "spring.datasource.password", ""));
		port = Instances.port(application);
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void theDemoShowsASchemeALabelAndAnApplicationWaitingForItsCoordinator() throws Exception {
		var registry = new HttpVisitor(port).get("/labels");
		assertThat(registry.statusCode()).isEqualTo(200);
		assertThat(registry.body()).contains("Industrie du futur").contains("Écosystème export exemplaire");

		HttpVisitor agency = new HttpVisitor(port);
		agency.signIn("agence@demo.coopex.fr", "coopex-demo-2026");
		assertThat(agency.get("/agency/labels/schemes").body()).contains("Écosystème export exemplaire");
		String received = agency.get("/agency/labels/applications").body();
		assertThat(received).contains("Robotique et hydraulique de l’Ouest").contains("Complément demandé");

		HttpVisitor coordinator = new HttpVisitor(port);
		coordinator.signIn("coordination@demo.coopex.fr", "coopex-demo-2026");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/labels/applications/[0-9]+)\"")
			.matcher(received);
		assertThat(link.find()).isTrue();
		String waiting = null;
		do {
			String page = coordinator.get(link.group(1)).body();
			if (page.contains("Complément demandé")) {
				waiting = page;
			}
		}
		while (waiting == null && link.find());
		assertThat(waiting).contains("Pouvez-vous joindre le compte rendu").contains("Entreprises membres actives");
	}

}
