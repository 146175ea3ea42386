package fr.coopex.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

import fr.coopex.shared.config.ClockConfiguration;

/**
 * The time zones a person may choose to read times in: Paris and the French overseas
 * territories first, then the zones of the main export markets. Each is named in the
 * page's language ({@code time-zones.<id>}) with its offset from UTC at the moment. Times
 * are entered and kept in Paris time whatever the person chose.
 */
public final class TimeZones {

	/** The zones offered, in the order of the list. */
	public static final List<ZoneId> OFFERED = List.of(ClockConfiguration.PARIS, ZoneId.of("America/Guadeloupe"),
			ZoneId.of("America/Martinique"), ZoneId.of("America/Cayenne"), ZoneId.of("Indian/Reunion"),
			ZoneId.of("Indian/Mayotte"), ZoneId.of("Pacific/Noumea"), ZoneId.of("Pacific/Tahiti"),
			ZoneId.of("Pacific/Wallis"), ZoneId.of("America/Miquelon"), ZoneId.of("Europe/London"),
			ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/Madrid"), ZoneId.of("Europe/Istanbul"),
			ZoneId.of("Africa/Casablanca"), ZoneId.of("Africa/Algiers"), ZoneId.of("Africa/Tunis"),
			ZoneId.of("Africa/Dakar"), ZoneId.of("Africa/Abidjan"), ZoneId.of("Africa/Lagos"),
			ZoneId.of("Africa/Johannesburg"), ZoneId.of("Africa/Cairo"), ZoneId.of("Asia/Dubai"),
			ZoneId.of("Asia/Riyadh"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Asia/Singapore"),
			ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Hong_Kong"), ZoneId.of("Asia/Seoul"), ZoneId.of("Asia/Tokyo"),
			ZoneId.of("Australia/Sydney"), ZoneId.of("America/New_York"), ZoneId.of("America/Montreal"),
			ZoneId.of("America/Chicago"), ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Mexico_City"),
			ZoneId.of("America/Sao_Paulo"));

	private TimeZones() {
	}

	/**
	 * The offered zone of this id; empty for anything else (an unknown or unoffered id, a
	 * blank one).
	 */
	public static Optional<ZoneId> offered(String id) {
		if (id == null) {
			return Optional.empty();
		}
		return OFFERED.stream().filter((zone) -> zone.getId().equals(id)).findFirst();
	}

	/**
	 * The options of a select: the zone's name in the page language and its offset now.
	 */
	public static List<Choice> choices(MessageSource messages, Locale locale, Instant now) {
		return OFFERED.stream()
			.map((zone) -> Choice.text(zone.getId(),
					messages.getMessage("time-zones.option",
							new Object[] { messages.getMessage("time-zones." + zone.getId(), null, locale),
									offset(zone, now), zone.getId() },
							locale)))
			.toList();
	}

	/**
	 * The zone's offset from UTC at that moment: {@code UTC+01:00}, {@code UTC-04:00}.
	 */
	static String offset(ZoneId zone, Instant now) {
		ZoneOffset offset = zone.getRules().getOffset(now);
		return "UTC" + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId());
	}

}
