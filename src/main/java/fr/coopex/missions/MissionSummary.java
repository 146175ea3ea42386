package fr.coopex.missions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mission as every member of its ecosystem may see it.
 */
public record MissionSummary(long id, long ecosystemId, String ecosystemName, String title, MissionKind kind,
		String market, LocalDate startsOn, LocalDate endsOn, BigDecimal budget, MissionStatus status,
		int participantCount, Long poolId) {
}
