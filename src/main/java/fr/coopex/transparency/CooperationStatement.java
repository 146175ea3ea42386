package fr.coopex.transparency;

import java.math.BigDecimal;
import java.util.List;

/**
 * What cooperation brought a company in a year, ecosystem by ecosystem: for each shared
 * stand, its share against what the same area would have cost alone; the subsidies
 * obtained; the missions joined and leads recorded; what it saved. Shown only to the
 * company's own people.
 */
public record CooperationStatement(long companyId, String companyName, int year, List<Part> parts, BigDecimal aloneCost,
		BigDecimal paid, BigDecimal subsidies, BigDecimal saved, long missionsJoined, long leads) {

	public CooperationStatement {
		parts = List.copyOf(parts);
	}

	public boolean empty() {
		return this.parts.isEmpty();
	}

	/**
	 * One ecosystem's part.
	 *
	 * @param subsidies every subsidy granted on the company's shares (stands and
	 * missions)
	 * @param missionSubsidies those granted on missions (saved too, with no "alone" to
	 * compare)
	 * @param saved what the stands saved plus the subsidies on missions
	 */
	public record Part(long ecosystemId, String ecosystemName, List<StandLine> stands, BigDecimal subsidies,
			BigDecimal missionSubsidies, long missionsJoined, long leads, BigDecimal saved) {

		public Part {
			stands = List.copyOf(stands);
		}

	}

	/**
	 * A shared stand: the area the company booked, what that area would have cost alone
	 * (at {@code pricePerM2}, which is the coordinator's reference price for the fair
	 * when {@code basis} is {@link Basis#REFERENCE}, the stand's own cost per m² when
	 * {@link Basis#POOL}), its share of the costs, the subsidies on it, what it paid and
	 * saved.
	 */
	public record StandLine(String title, String fairName, BigDecimal area, Basis basis, BigDecimal pricePerM2,
			BigDecimal aloneCost, BigDecimal cost, BigDecimal subsidy, BigDecimal paid, BigDecimal saved) {
	}

	/** Where the price of a square metre alone comes from. */
	public enum Basis {

		/** The price per m² the coordinator entered for the fair. */
		REFERENCE,
		/** The stand's own cost per m²: its total cost over the area booked. */
		POOL,
		/** No area to compare: alone counts as the share itself. */
		NONE

	}

}
