package fr.coopex.audit;

import java.time.Instant;

/**
 * One exchange of the register, as members and coordinators of the ecosystem read it:
 * never the text exchanged, nor the title of a note or lead (only their participants read
 * those), but the announcement's title, which every member received.
 *
 * @param kind {@link ExchangeRegister#NOTE}, {@link ExchangeRegister#LEAD} or
 * {@link ExchangeRegister#ANNOUNCEMENT}
 * @param missionTitle the mission of a note or lead, else null
 * @param title the announcement's title, else null
 * @param recipientCompanies how many companies received it
 * @param warningConfirmed the author shared it after the price-talk warning
 */
public record ExchangeLine(String kind, Instant postedAt, String authorName, String authorOrganisation,
		String missionTitle, String title, int recipientCompanies, boolean warningConfirmed) {
}
