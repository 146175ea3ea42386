package fr.coopex.accounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.shared.security.CoopexUser;

/**
 * The manager flag of the people of an organisation, which always keeps a manager.
 */
@Component
class OrganisationManagers {

	private final JdbcTemplate jdbc;

	OrganisationManagers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a person manages their organisation's people. */
	boolean isManager(CoopexUser user) {
		ensure(user.organisationId());
		return Boolean.TRUE.equals(this.jdbc
			.queryForList("select manager from user_account where id = ? and enabled = true", Boolean.class, user.id())
			.stream()
			.findFirst()
			.orElse(false));
	}

	/** The number of enabled managers of an organisation. */
	int count(long organisationId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from user_account where organisation_id = ? and enabled = true and manager = true",
				Integer.class, organisationId);
		return count == null ? 0 : count;
	}

	/**
	 * An organisation without any enabled manager gets its first enabled person as one.
	 */
	void ensure(long organisationId) {
		if (count(organisationId) == 0) {
			this.jdbc.update("update user_account set manager = true where id = (select min(id) from user_account "
					+ "where organisation_id = ? and enabled = true)", organisationId);
		}
	}

	/** Makes a person manager, or no longer one. */
	void mark(long userId, boolean manager) {
		this.jdbc.update("update user_account set manager = ?, version = version + 1 where id = ?", manager, userId);
	}

}
