package fr.coopex.companies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V100: rewrites the searched fields of the profiles already stored as lines of words
 * ({@link SearchWords}) and fills the directory's word index
 * ({@code company_search_word}, V99), as {@link CompanyProfile} keeps them from then on.
 * In Java because H2 (the demo database) cannot split a text into rows in SQL.
 */
@Component
class SearchWordsMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("100");
	}

	@Override
	public String getDescription() {
		return "companies fill search word";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement profiles = connection.createStatement()) {
			profiles.setFetchSize(1000);
			fill(connection, profiles);
		}
	}

	private static void fill(Connection connection, Statement profiles) throws SQLException {
		try (ResultSet rs = profiles.executeQuery("select company_id, name_search, trade_search, capability_search,"
				+ " public_fields, ecosystem_fields from company_profile");
				PreparedStatement update = connection.prepareStatement("update company_profile set name_search = ?,"
						+ " trade_search = ?, capability_search = ? where company_id = ?");
				PreparedStatement insert = connection.prepareStatement(
						"insert into company_search_word (company_id, word, visibility) values (?, ?, ?)")) {
			int rows = 0;
			while (rs.next()) {
				if (++rows % 500 == 0) {
					update.executeBatch();
					insert.executeBatch();
				}
				long companyId = rs.getLong(1);
				String name = SearchWords.line(rs.getString(2), 200);
				String trade = SearchWords.line(rs.getString(3), 200);
				String capability = SearchWords.line(rs.getString(4), 2600);
				update.setString(1, name == null ? "" : name);
				update.setString(2, trade);
				update.setString(3, capability);
				update.setLong(4, companyId);
				update.addBatch();
				String publicFields = rs.getString(5);
				String ecosystemFields = rs.getString(6);
				for (SearchWord word : CompanyProfile.searchWords(null, name, trade,
						shown(ProfileField.TRADE_NAME, publicFields, ecosystemFields), capability,
						shown(ProfileField.PRODUCTS, publicFields, ecosystemFields))) {
					insert.setLong(1, companyId);
					insert.setString(2, word.word());
					insert.setString(3, word.visibility());
					insert.addBatch();
				}
			}
			update.executeBatch();
			insert.executeBatch();
		}
	}

	private static Visibility shown(ProfileField field, String publicFields, String ecosystemFields) {
		String marker = "," + field.name() + ",";
		if (publicFields != null && publicFields.contains(marker)) {
			return Visibility.PUBLIC;
		}
		return ecosystemFields != null && ecosystemFields.contains(marker) ? Visibility.ECOSYSTEM : Visibility.PRIVATE;
	}

}
