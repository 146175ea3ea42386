package fr.coopex.companies;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-fill from the public company register, against a local fake of the register: it
 * finds what the register says about exactly the SIREN asked for, and whatever goes wrong
 * on the register's side, it finds nothing instead of failing.
 */
@ExtendWith(OutputCaptureExtension.class)
class CompanyRegisterTests {

	private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);

	private static final String SIREN = "732829320";

	private static final String ANSWER = """
			{
			  "results": [
			    {
			      "siren": "552100554",
			      "nom_complet": "AUTRE SOCIETE",
			      "nom_raison_sociale": "AUTRE SOCIETE",
			      "activite_principale": "70.10Z",
			      "siege": { "siret": "55210055400013", "adresse": "1 AVENUE DU PORT 13002 MARSEILLE",
			        "code_postal": "13002", "libelle_commune": "MARSEILLE", "region": "93" }
			    },
			    {
			      "siren": "732829320",
			      "siren_conserve": null,
			      "nom_complet": "ATELIERS MECANIQUES DU RHONE (AMR)",
			      "nom_raison_sociale": "ATELIERS MECANIQUES DU RHONE",
			      "sigle": "AMR",
			      "nombre_etablissements": 3,
			      "activite_principale": "28.41Z",
			      "categorie_entreprise": "PME",
			      "nature_juridique": "5710",
			      "date_creation": "1998-03-01",
			      "tranche_effectif_salarie": "12",
			      "etat_administratif": "A",
			      "siege": {
			        "siret": "73282932000014",
			        "adresse": "12 RUE DES FORGES 69007 LYON",
			        "code_postal": "69007",
			        "commune": "69387",
			        "libelle_commune": "LYON",
			        "departement": "69",
			        "region": "84",
			        "activite_principale": "28.41Z",
			        "est_siege": true,
			        "liste_idcc": ["0650"]
			      },
			      "dirigeants": [ { "nom": "DURAND", "prenoms": "CLAIRE", "qualite": "Président de SAS",
			        "type_dirigeant": "personne physique" } ],
			      "finances": { "2023": { "ca": 4200000, "resultat_net": 210000 } },
			      "complements": { "est_ess": false },
			      "matching_etablissements": []
			    }
			  ],
			  "total_results": 2,
			  "page": 1,
			  "per_page": 10,
			  "total_pages": 1
			}
			""";

	private final List<String> queries = new CopyOnWriteArrayList<>();

	private final ExecutorService handlers = Executors.newCachedThreadPool();

	private HttpServer server;

	/** Lets a slow register's handlers answer. */
	private final CountDownLatch released = new CountDownLatch(1);

	@AfterEach
	void stopServer() {
		// Lets a handler still waiting answer, so that stopping does not wait for it
		this.released.countDown();
		this.handlers.shutdownNow();
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void findsNameNafCodeAndAddress() throws IOException {
		CompanyRegister register = registerAt(serve(200, ANSWER) + "/", SHORT_TIMEOUT);

		assertThat(register.isEnabled()).isTrue();
		assertThat(register.lookup(SIREN)).hasValue(new RegisterEntry(SIREN, "ATELIERS MECANIQUES DU RHONE", "28.41Z",
				"73282932000014", "12 RUE DES FORGES", "69007", "LYON", "84", "5710", 1998, "12"));
		assertThat(this.queries).containsExactly("q=" + SIREN);
	}

	@Test
	void acceptsASirenTypedWithSpaces() throws IOException {
		CompanyRegister register = registerAt(serve(200, ANSWER), SHORT_TIMEOUT);

		assertThat(register.lookup(" 732 829 320 ")).map(RegisterEntry::name).hasValue("ATELIERS MECANIQUES DU RHONE");
		assertThat(this.queries).containsExactly("q=" + SIREN);
	}

	@Test
	void leavesAbsentValuesEmpty() throws IOException {
		CompanyRegister register = registerAt(serve(200, """
				{ "results": [ { "siren": "732829320", "nom_complet": "CLAIRE DURAND", "nom_raison_sociale": null,
				  "date_creation": null, "siege": { "activite_principale": "62.01Z", "adresse": "" } } ] }
				"""), SHORT_TIMEOUT);

		assertThat(register.lookup(SIREN)).hasValue(
				new RegisterEntry(SIREN, "CLAIRE DURAND", "62.01Z", null, null, null, null, null, null, null, null));
	}

	@Test
	void ignoresResultsForAnotherSiren() throws IOException {
		CompanyRegister register = registerAt(serve(200, ANSWER), SHORT_TIMEOUT);

		assertThat(register.lookup("542065479")).isEmpty();
		assertThat(this.queries).containsExactly("q=542065479");
	}

	@Test
	void findsNothingWhenTheRegisterHasNoResult() throws IOException {
		CompanyRegister register = registerAt(serve(200, "{\"results\": [], \"total_results\": 0}"), SHORT_TIMEOUT);

		assertThat(register.lookup(SIREN)).isEmpty();
	}

	@Test
	void givesUpOnASlowRegisterAfterTheDefaultTimeout(CapturedOutput output) throws IOException {
		CompanyRegister register = registerAt(serve(Duration.ofSeconds(5), 200, ANSWER), null);

		long start = System.nanoTime();
		assertThat(register.lookup(SIREN)).isEmpty();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

		assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(2500)).isLessThan(Duration.ofMillis(4500));
		assertThat(this.queries).hasSize(1);
		assertThat(output).contains("WARN").contains("Company register lookup for SIREN " + SIREN + " failed");
	}

	@Test
	void findsNothingWhenTheRegisterFails(CapturedOutput output) throws IOException {
		CompanyRegister register = registerAt(serve(500, "{\"erreur\": \"Erreur interne\"}"), SHORT_TIMEOUT);

		assertThat(register.lookup(SIREN)).isEmpty();
		assertThat(output).contains("WARN").contains("Company register lookup for SIREN " + SIREN + " failed");
	}

	@Test
	void findsNothingWhenTheRegisterRefusesTheRequest(CapturedOutput output) throws IOException {
		CompanyRegister register = registerAt(serve(429, "{\"erreur\": \"Too Many Requests\"}"), SHORT_TIMEOUT);

		assertThat(register.lookup(SIREN)).isEmpty();
		assertThat(output).contains("WARN").contains("Company register lookup for SIREN " + SIREN + " failed");
	}

	@Test
	void findsNothingInMalformedJson(CapturedOutput output) throws IOException {
		CompanyRegister register = registerAt(serve(200, "{\"results\": [{\"siren\": \"732829320\", \"nom_"),
				SHORT_TIMEOUT);

		assertThat(register.lookup(SIREN)).isEmpty();
		assertThat(output).contains("WARN").contains("Company register lookup for SIREN " + SIREN + " failed");
	}

	@Test
	void findsNothingWhenTheRegisterCannotBeReached(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		CompanyRegister register = registerAt("http://127.0.0.1:" + closedPort, SHORT_TIMEOUT);

		long start = System.nanoTime();
		assertThat(register.lookup(SIREN)).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(output).contains("WARN").contains("Company register lookup for SIREN " + SIREN + " failed");
	}

	@Test
	void callsNothingWhenNoRegisterIsConfigured() throws IOException {
		serve(200, ANSWER);

		for (String url : new String[] { null, "", "   " }) {
			CompanyRegister register = registerAt(url, SHORT_TIMEOUT);
			assertThat(register.isEnabled()).isFalse();
			assertThat(register.lookup(SIREN)).isEmpty();
		}
		assertThat(this.queries).isEmpty();
	}

	@Test
	void callsNothingForAnInvalidSiren() throws IOException {
		CompanyRegister register = registerAt(serve(200, ANSWER), SHORT_TIMEOUT);

		for (String siren : new String[] { null, "", "  ", "73282932", "7328293200", "73282932A", "732829321",
				"732829320&q=x", "../732829320" }) {
			assertThat(register.lookup(siren)).as(String.valueOf(siren)).isEmpty();
		}
		assertThat(this.queries).isEmpty();
	}

	@Test
	void readsItsSettingsFromCoopexCompanies() {
		new ApplicationContextRunner().withUserConfiguration(RegisterConfiguration.class)
			.run((context) -> assertThat(context.getBean(CompaniesProperties.class))
				.isEqualTo(new CompaniesProperties(null, Duration.ofSeconds(3))));
		new ApplicationContextRunner().withUserConfiguration(RegisterConfiguration.class)
			.withPropertyValues("coopex.companies.register-url=http://127.0.0.1:9",
					"coopex.companies.register-timeout=750ms")
			.run((context) -> {
				assertThat(context.getBean(CompaniesProperties.class))
					.isEqualTo(new CompaniesProperties("http://127.0.0.1:9", Duration.ofMillis(750)));
				assertThat(context.getBean(CompanyRegister.class).isEnabled()).isTrue();
			});
	}

	private CompanyRegister registerAt(String url, Duration timeout) {
		return new CompanyRegister(new CompaniesProperties(url, timeout));
	}

	private String serve(int status, String body) throws IOException {
		return serve(Duration.ZERO, status, body);
	}

	/** Starts a fake register answering every search with the given status and body. */
	private String serve(Duration delay, int status, String body) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.handlers);
		this.server.createContext("/search", (exchange) -> answer(exchange, delay, status, body));
		this.server.start();
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void answer(HttpExchange exchange, Duration delay, int status, String body) throws IOException {
		try {
			this.queries.add(exchange.getRequestURI().getRawQuery());
			if (!delay.isZero()) {
				// a slow register: answers when the test is over, or after the delay
				this.released.await(delay.toMillis(), TimeUnit.MILLISECONDS);
			}
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CompaniesProperties.class)
	@Import(CompanyRegister.class)
	static class RegisterConfiguration {

	}

}
