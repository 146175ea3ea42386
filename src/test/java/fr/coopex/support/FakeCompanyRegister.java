package fr.coopex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the public company register ("Recherche d'entreprises"), which the
 * test context uses instead of the real service. Tests say what it answers for a SIREN.
 */
public final class FakeCompanyRegister {

	private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();

	private static HttpServer server;

	private FakeCompanyRegister() {
	}

	static synchronized String url() {
		if (server == null) {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server.createContext("/search", (exchange) -> {
				String query = exchange.getRequestURI().getQuery();
				String siren = query == null ? "" : query.replaceAll(".*q=([0-9]+).*", "$1");
				String body = ANSWERS.getOrDefault(siren, "{\"results\":[],\"total_results\":0}");
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
		}
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** What the register answers for this SIREN: one company with these values. */
	public static void knows(String siren, String name, String naf, String street, String postalCode, String city,
			String regionCode) {
		ANSWERS.put(siren,
				"""
						{"results":[{"siren":"%s","nom_complet":"%s","nom_raison_sociale":"%s","activite_principale":"%s",
						"date_creation":"1998-03-01","tranche_effectif_salarie":"12",
						"siege":{"siret":"%s00017","adresse":"%s %s %s","code_postal":"%s","libelle_commune":"%s","region":"%s"}}],
						"total_results":1}"""
					.formatted(siren, name, name, naf, siren, street, postalCode, city, postalCode, city, regionCode));
	}

}
