package fr.coopex.missions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A mission as other modules read it: no viewer, no lead.
 *
 * @param participantIds the companies opted in, in the order they joined
 * @param poolId the mission's cost pool in the ledger (null for a mission proposed before
 * missions had pools)
 */
public record MissionView(long id, long ecosystemId, String title, MissionKind kind, String market, LocalDate startsOn,
		LocalDate endsOn, BigDecimal budget, MissionStatus status, Long poolId, List<Long> participantIds) {
}
