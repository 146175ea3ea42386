package fr.coopex.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A fair of the calendar, as anyone may read it.
 *
 * @param series the series of editions of the same recurring fair (the first edition's
 * id)
 * @param sectors NAF sections (a letter) or divisions (two digits)
 * @param version to detect an edit made meanwhile
 * @param datesTentative whether the organiser has not confirmed the dates (or the place)
 * of this edition yet
 */
public record FairView(long id, long series, String name, String organiser, String city, String country, String venue,
		LocalDate startsOn, LocalDate endsOn, List<String> sectors, String website, String description, long version,
		Instant updatedAt, boolean datesTentative) {

	static FairView of(Fair fair) {
		return new FairView(fair.getId(), fair.getSeries(), fair.getName(), fair.getOrganiser(), fair.getCity(),
				fair.getCountry(), fair.getVenue(), fair.getStartsOn(), fair.getEndsOn(),
				List.copyOf(fair.getSectors()), fair.getWebsite(), fair.getDescription(), fair.getVersion(),
				fair.getUpdatedAt(), fair.isDatesTentative());
	}

	/** Whether the fair lasts one day. */
	public boolean oneDay() {
		return this.startsOn.equals(this.endsOn);
	}

}
