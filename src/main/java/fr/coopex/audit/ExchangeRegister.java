package fr.coopex.audit;

import java.time.LocalDate;
import java.util.Map;

/**
 * The register of information exchanged between the members of an ecosystem (shared
 * market notes, shared leads, announcements), as counts for reports. Periods are in
 * Europe/Paris days, {@code from} inclusive, {@code until} exclusive.
 */
public interface ExchangeRegister {

	/** Kinds of exchange the register knows, as stored. */
	String NOTE = "note";

	String LEAD = "lead";

	String ANNOUNCEMENT = "announcement";

	/**
	 * How many exchanges of each kind ({@link #NOTE}, {@link #LEAD},
	 * {@link #ANNOUNCEMENT}) the ecosystem's register holds for the period, and how many
	 * of them were posted after a price-talk warning (key {@code "confirmed-warnings"}).
	 */
	Map<String, Long> countsByKind(long ecosystemId, LocalDate from, LocalDate until);

}
