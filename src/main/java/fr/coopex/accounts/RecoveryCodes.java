package fr.coopex.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.shared.security.Tokens;

/**
 * The single-use recovery codes of a second factor, stored as hashes.
 */
@Component
class RecoveryCodes {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RecoveryCodes(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How many codes of a person are left unused. */
	int remaining(long userId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from recovery_code where user_id = ? and used_at is null", Integer.class, userId);
		return count == null ? 0 : count;
	}

	/** Removes every code of a person. */
	void delete(long userId) {
		this.jdbc.update("delete from recovery_code where user_id = ?", userId);
	}

	/** Issues a new set of codes in place of the old ones. */
	List<String> replace(long userId) {
		delete(userId);
		List<String> codes = new ArrayList<>(SecondFactorManagement.RECOVERY_CODES);
		for (int i = 0; i < SecondFactorManagement.RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder(9);
			for (int c = 0; c < 8; c++) {
				if (c == 4) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
			this.jdbc.update("insert into recovery_code (user_id, code_hash) values (?, ?)", userId,
					Tokens.hash(code.toString().replace("-", "")));
		}
		return codes;
	}

	/** Spends an unused code (compact: no dash, lower case); whether it was one. */
	boolean spend(long userId, String compact) {
		Instant now = this.clock.instant();
		return this.jdbc.update(
				"update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null",
				Timestamp.from(now), userId, Tokens.hash(compact)) == 1;
	}

}
