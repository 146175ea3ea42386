package fr.coopex.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.support.IntegrationTest;
import fr.coopex.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What PostgreSQL itself refuses, whatever the application asks: emptying an append-only
 * table, and anything but rows to the role the application connects as in production
 * ({@code deploy/postgres/app-role.sql}).
 */
@IntegrationTest
class DatabaseHardeningTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@ParameterizedTest
	@ValueSource(strings = { "audit_event", "ledger_entry", "ledger_posting", "ledger_allocation_line",
			"ledger_payment", "ecosystem_consultation_voter", "ecosystem_consultation_ballot", "exchange_register",
			"company_access", "transparency_report", "ledger_cash_call_reminder", "ledger_default_outcome" })
	void anAppendOnlyTableRefusesTruncate(String table) {
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		// rolled back in any case: were it not refused, the table would be left as it was
		assertThatThrownBy(() -> rolledBack.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			this.jdbc.execute("truncate table " + table + " cascade");
		})).hasMessageContaining("append-only");
	}

	@Test
	void theApplicationRoleWritesRowsButCannotEmptyAlterOrDropATable() throws Exception {
		TestDatabase.Coordinates db = TestDatabase.get();
		String role = "coopex_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		try (Connection owner = DriverManager.getConnection(db.url(), db.username(), db.password());
				Statement statement = owner.createStatement()) {
			statement.execute(appRoleScript(role, "app-role-test-password"));
			try (Connection app = DriverManager.getConnection(db.url(), role, "app-role-test-password");
					Statement asApp = app.createStatement()) {
				asApp.executeUpdate("insert into request_quota (action, subject, used, window_start) "
						+ "values ('test', '" + role + "', 1, now())");
				asApp.executeUpdate("update request_quota set used = 2 where subject = '" + role + "'");
				assertThat(asApp.executeQuery("select count(*) from audit_event").next()).isTrue();
				asApp.executeUpdate("delete from request_quota where subject = '" + role + "'");
				assertRefused(asApp, "truncate table request_quota");
				assertRefused(asApp, "alter table audit_event disable trigger all");
				assertRefused(asApp, "drop table audit_event");
				assertRefused(asApp, "create table intruder (id int)");
			}
			finally {
				statement.execute("drop owned by " + role + "; drop role " + role);
			}
		}
	}

	/** The deployment's script, with psql's variables given. */
	private static String appRoleScript(String role, String password) throws IOException {
		return Files.readString(Path.of("deploy/postgres/app-role.sql"))
			.replace(":\"app_role\"", "\"" + role + "\"")
			.replace(":'app_password'", "'" + password + "'");
	}

	private static void assertRefused(Statement statement, String sql) {
		assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class);
	}

}
