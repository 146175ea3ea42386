package fr.coopex.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL database of this test run, found once per JVM in this order:
 * <ol>
 * <li>{@code COOPEX_TEST_DB_URL} (with {@code COOPEX_TEST_DB_USER} and
 * {@code COOPEX_TEST_DB_PASSWORD});</li>
 * <li>a Testcontainers PostgreSQL 16 when a Docker engine answers;</li>
 * <li>a fresh database on the local server at {@code localhost:5432} (dropped at the
 * end);</li>
 * <li>otherwise the run fails at once, saying what to start.</li>
 * </ol>
 */
public final class TestDatabase {

	private static final String LOCAL_ADMIN_URL = "jdbc:postgresql://localhost:5432/postgres";

	private static volatile Coordinates coordinates;

	private TestDatabase() {
	}

	public record Coordinates(String url, String username, String password) {
	}

	public static Coordinates get() {
		if (coordinates == null) {
			synchronized (TestDatabase.class) {
				if (coordinates == null) {
					coordinates = resolve();
				}
			}
		}
		return coordinates;
	}

	/** The Spring properties that point an application at this database. */
	public static Map<String, Object> properties() {
		Coordinates db = get();
		return Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
				"spring.datasource.password", db.password(), "coopex.demo.enabled", "false",
				// the observatory computes its figures on demand in tests
				// (ObservatoryTests
				// calls the precomputation itself)
				"coopex.observatory.precompute", "false");
	}

	private static Coordinates resolve() {
		String url = System.getenv("COOPEX_TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			return new Coordinates(url, envOr("COOPEX_TEST_DB_USER", "postgres"), envOr("COOPEX_TEST_DB_PASSWORD", ""));
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		String user = envOr("PGUSER", "postgres");
		try (Connection admin = DriverManager.getConnection(LOCAL_ADMIN_URL, user, envOr("PGPASSWORD", ""));
				Statement statement = admin.createStatement()) {
			String name = "coopex_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			statement.execute("create database " + name);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name, user)));
			return new Coordinates("jdbc:postgresql://localhost:5432/" + name, user, envOr("PGPASSWORD", ""));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No PostgreSQL for the tests. Set COOPEX_TEST_DB_URL (and "
					+ "COOPEX_TEST_DB_USER, COOPEX_TEST_DB_PASSWORD), start Docker, or start a local PostgreSQL on "
					+ "localhost:5432 (e.g. 'pg_ctlcluster 15 main start'). Cause: " + ex.getMessage(), ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	private static void drop(String name, String user) {
		try (Connection admin = DriverManager.getConnection(LOCAL_ADMIN_URL, user, envOr("PGPASSWORD", ""));
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ignored) {
			// the server went away first: nothing left to clean
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Points a Spring test context at the test database and the test mail server. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			var sources = context.getEnvironment().getPropertySources();
			sources.addFirst(new MapPropertySource("coopexTestDatabase", properties()));
			sources.addFirst(new MapPropertySource("coopexTestMail", TestMail.properties()));
			sources.addFirst(new MapPropertySource("coopexTestRegister",
					Map.of("coopex.companies.register-url", FakeCompanyRegister.url())));
		}

	}

}
