package fr.coopex.companies;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.companies.Colleagues.Invitation;
import fr.coopex.companies.Colleagues.PendingInvitation;
import fr.coopex.shared.security.Tokens;

/**
 * Keeps the invitations to join a company account, each known by the hash of its token.
 */
@Component
class InvitationStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	InvitationStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an invitation, valid from now for {@link Colleagues#VALIDITY}. */
	void add(long companyId, String address, String token, long invitedBy) {
		Instant now = this.clock.instant();
		this.jdbc.update(
				"insert into company_invitation (company_id, email, token_hash, invited_by, created_at, expires_at) "
						+ "values (?, ?, ?, ?, ?, ?)",
				companyId, address, Tokens.hash(token), invitedBy, Timestamp.from(now),
				Timestamp.from(now.plus(Colleagues.VALIDITY)));
	}

	/** The company's invitations still waiting, the latest first. */
	List<PendingInvitation> pending(long companyId) {
		return this.jdbc.query(
				"select email, expires_at from company_invitation where company_id = ? and accepted_at is null "
						+ "and expires_at > ? order by created_at desc",
				(rs, i) -> new PendingInvitation(rs.getString(1), rs.getTimestamp(2).toInstant()), companyId,
				Timestamp.from(this.clock.instant()));
	}

	/** The invitation of a token, if it is known, unused and not expired. */
	Optional<Invitation> find(String token) {
		return this.jdbc
			.query("select i.company_id, p.legal_name, i.email from company_invitation i "
					+ "join company_profile p on p.company_id = i.company_id "
					+ "where i.token_hash = ? and i.accepted_at is null and i.expires_at > ?",
					(rs, i) -> new Invitation(rs.getLong(1), rs.getString(2), rs.getString(3)), Tokens.hash(token),
					Timestamp.from(this.clock.instant()))
			.stream()
			.findFirst();
	}

	/** Marks the invitation of a token used; false when it already was. */
	boolean claim(String token) {
		return this.jdbc.update(
				"update company_invitation set accepted_at = ? where token_hash = ? and accepted_at is null",
				Timestamp.from(this.clock.instant()), Tokens.hash(token)) == 1;
	}

}
