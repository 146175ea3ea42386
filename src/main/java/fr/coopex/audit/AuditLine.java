package fr.coopex.audit;

import java.time.Instant;

/**
 * One line of the audit trail as people read it: a sentence in their language, never a
 * class name or a raw id.
 *
 * @param who the actor as a person reads it ("Claire Martin (Mécatronique du Jura)")
 * @param sentence what happened, with who did it
 */
public record AuditLine(long id, Instant occurredAt, String who, AuditKind kind, String sentence,
		String remoteAddress) {
}
