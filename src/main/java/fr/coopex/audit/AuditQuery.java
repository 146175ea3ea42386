package fr.coopex.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * What to look for in the audit trail. Every part is optional.
 *
 * @param person text found in the actor's or the target's address
 * @param organisationIds only lines of these organisations (null: any)
 * @param kind one kind of event
 * @param from first day (Paris time), included
 * @param to last day (Paris time), included
 */
public record AuditQuery(String person, List<Long> organisationIds, AuditKind kind, LocalDate from, LocalDate to) {

	public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

}
