package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;

/**
 * A stand as other modules read it: no viewer, no wall; callers check who may see what
 * ({@link StandManagement#isParticipant}, {@link StandManagement#isCoordinator}).
 *
 * @param series the fair series (editions of the same recurring fair)
 * @param heldArea the area booked, or cancelled late and still owed
 * @param poolId the stand's cost pool in the ledger (null for a stand opened before
 * stands had pools)
 * @param participants every booking that holds area, in booking order
 */
public record StandView(long id, long fairId, long series, String fairName, LocalDate fairStartsOn, long ecosystemId,
		StandStatus status, BigDecimal totalArea, BigDecimal minShare, BigDecimal heldArea, LocalDate bookingDeadline,
		Long poolId, long version, List<Participant> participants) {

	public BigDecimal areaLeft() {
		return this.totalArea.subtract(this.heldArea);
	}

	/**
	 * A company that holds area on the stand, with the facts subsidy rules look at.
	 *
	 * @param exhibits booked (true) or cancelled late and still owing (false)
	 * @param previousParticipations confirmed stands of the company at earlier editions
	 * of the same fair
	 * @param headcount the headcount band, when the company shows it within its
	 * ecosystems (null otherwise)
	 * @param exportSituation likewise
	 */
	public record Participant(long bookingId, long companyId, String companyName, BigDecimal area, boolean exhibits,
			int previousParticipations, HeadcountBand headcount, ExportSituation exportSituation) {
	}

}
