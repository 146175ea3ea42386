package fr.coopex.audit;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param actor the e-mail of who acted (or tried to), or null for the system
 * @param action what happened, e.g. {@code SIGN_IN_FAILED}
 * @param target what it concerned (an account, a resource), may be null
 * @param details free text, may be null
 * @param remoteAddress where the request came from, may be null
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target, String details,
		String remoteAddress) {
}
