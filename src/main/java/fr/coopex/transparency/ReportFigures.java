package fr.coopex.transparency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a transparency report shows, as computed from the platform's data: aggregates of
 * the ecosystem as a whole, never a company's name, field or share. Kept as it was when
 * the report was published.
 *
 * @param asOf when the figures were computed (a running period counts up to then)
 * @param actions the shared stands and missions confirmed in the period
 * @param exchanges the register of information exchanged: counts per kind
 * @param cooperation the sum of the members' cooperation statements for the period
 */
public record ReportFigures(String ecosystemName, String period, Instant asOf, Members members, List<Action> actions,
		BigDecimal actionsTotal, BigDecimal subsidies, BigDecimal cashCalled, BigDecimal cashCollected,
		List<Meeting> meetings, List<Consultation> consultations, Map<String, Long> exchanges,
		Cooperation cooperation) {

	public ReportFigures {
		actions = List.copyOf(actions);
		meetings = List.copyOf(meetings);
		consultations = List.copyOf(consultations);
		exchanges = Map.copyOf(exchanges);
	}

	/** The period, read back. */
	public ReportPeriod reportPeriod() {
		return ReportPeriod.parse(this.period).orElseThrow();
	}

	/** Companies admitted and gone in the period, and members at its end. */
	public record Members(long joined, long left, long activeAtEnd) {
	}

	/**
	 * A shared stand or mission: its total cost (VAT included), how it was split (the
	 * keys, not the amounts), how many companies shared it, and its subsidies.
	 *
	 * @param kind {@code STAND} or {@code MISSION}
	 */
	public record Action(String kind, String title, List<String> keys, long participants, BigDecimal total,
			BigDecimal subsidies) {
	}

	/** A meeting held. */
	public record Meeting(LocalDate day, String title, int companiesAttending, boolean minutesKept) {
	}

	/** A consultation closed, with its result. */
	public record Consultation(LocalDate closedOn, String question, int companiesVoted, int companiesEntitled,
			String outcome, String winningOption) {
	}

	/**
	 * What the members' shared stands would have cost them alone, what they paid, and the
	 * difference, summed over every company; missions joined and leads recorded.
	 *
	 * @param companies companies with a share of a stand in the period
	 */
	public record Cooperation(long companies, BigDecimal aloneCost, BigDecimal paid, BigDecimal saved,
			long missionsJoined, long leads) {
	}

}
