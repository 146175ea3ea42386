package fr.coopex.accounts;

import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * The language each person uses the platform in, remembered when they sign in, so that
 * what is sent to them later (an administrator's action, say) is in that language:
 * English when they use it in English, French otherwise.
 */
@Component
class Languages {

	private final JdbcTemplate jdbc;

	Languages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void remember(long userId, Locale locale) {
		this.jdbc.update("update user_account set language = ? where id = ?", Invitations.language(locale), userId);
	}

	Locale of(long userId) {
		List<String> found = this.jdbc.queryForList("select language from user_account where id = ?", String.class,
				userId);
		return found.isEmpty() ? Locale.FRENCH : of(found.get(0));
	}

	/**
	 * The language of each of these people; French for anyone not found. The ids go as
	 * one array, however many people (the weekly digest asks for every member).
	 */
	Map<Long, Locale> of(Collection<Long> userIds) {
		Map<Long, Locale> found = new HashMap<>();
		userIds.forEach((id) -> found.put(id, Locale.FRENCH));
		if (!userIds.isEmpty()) {
			this.jdbc.query("select id, language from user_account where id = any(?)", (rs) -> {
				found.put(rs.getLong(1), of(rs.getString(2)));
			}, new SqlParameterValue(Types.ARRAY, userIds.toArray(new Long[0])));
		}
		return found;
	}

	static Locale of(String language) {
		return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
	}

}
