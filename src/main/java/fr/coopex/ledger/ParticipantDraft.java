package fr.coopex.ledger;

import java.math.BigDecimal;

import fr.coopex.companies.CompanyCard;
import fr.coopex.shared.security.CoopexUser;

/**
 * A participant of a pool as its owner module knows it when it joins or changes: a
 * company, the area it booked, its typed weight, and what subsidies look at.
 *
 * @param companyId the company
 * @param name the company's name, kept on the statements
 * @param area the area booked in m² (0 when the pool is not a stand), at most 2 decimals
 * @param weight the weight typed by the coordinator for the {@link AllocationKey#WEIGHTS}
 * key (1 by default), at most 4 decimals
 * @param headcount the number of employees, or {@code null} when unknown (then no subsidy
 * with a headcount limit applies)
 * @param firstTimeExporter whether the company has never exported
 * @param previousParticipations how many times the company already took part in this fair
 * (or this kind of mission) before
 */
public record ParticipantDraft(long companyId, String name, BigDecimal area, BigDecimal weight, Integer headcount,
		boolean firstTimeExporter, int previousParticipations) {

	public ParticipantDraft {
		area = (area != null) ? area : BigDecimal.ZERO;
		weight = (weight != null) ? weight : BigDecimal.ONE;
	}

	/** A participant with an area only (weight 1, no subsidy criterion known). */
	public static ParticipantDraft withArea(long companyId, String name, BigDecimal area) {
		return new ParticipantDraft(companyId, name, area, BigDecimal.ONE, null, false, 0);
	}

	/**
	 * The member's company as its profile shows it within its ecosystems: its name, and
	 * what subsidies look at. A private headcount or export situation is not used (no
	 * subsidy with such a condition then applies); without a visible name, the name the
	 * member's account carries.
	 * @param member the member whose company joins
	 * @param card the company's card at ecosystem level, or {@code null} when there is
	 * none
	 * @param area the area booked in m² (0 when the pool is not a stand)
	 * @param weight the weight typed by the coordinator
	 * @param previousParticipations how many times the company already took part before
	 */
	public static ParticipantDraft ofMember(CoopexUser member, CompanyCard card, BigDecimal area, BigDecimal weight,
			int previousParticipations) {
		String name = (card != null && card.displayName() != null) ? card.displayName() : member.organisationName();
		Integer headcount = (card != null && card.headcount() != null) ? card.headcount().max() : null;
		boolean firstTime = card != null && card.exportSituation() != null
				&& card.exportSituation().isFirstTimeExporter();
		return new ParticipantDraft(member.organisationId(), name, area, weight, headcount, firstTime,
				previousParticipations);
	}

}
