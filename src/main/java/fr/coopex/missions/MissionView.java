package fr.coopex.missions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A mission as other modules (the ledger) read it: no viewer, no lead.
 *
 * @param participantIds the companies opted in, in the order they joined
 * @param poolId the ledger's cost pool, once attached
 */
public record MissionView(long id, long ecosystemId, String title, MissionKind kind, String market, LocalDate startsOn,
		LocalDate endsOn, BigDecimal budget, MissionStatus status, Long poolId, List<Long> participantIds) {
}
