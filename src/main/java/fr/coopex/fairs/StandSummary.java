package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stand in a list: what every member of its ecosystem may see.
 */
public record StandSummary(long id, long fairId, String fairName, String fairCity, String fairCountry,
		LocalDate fairStartsOn, LocalDate fairEndsOn, long ecosystemId, String ecosystemName, StandStatus status,
		BigDecimal totalArea, BigDecimal heldArea, BigDecimal minShare, LocalDate bookingDeadline) {

	public BigDecimal areaLeft() {
		return this.totalArea.subtract(this.heldArea);
	}

}
