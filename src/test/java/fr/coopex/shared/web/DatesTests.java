package fr.coopex.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import fr.coopex.shared.config.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times are shown in Paris time; in the zone a person chose beside it, named.
 */
class DatesTests {

	// Tuesday 12 January 2027, 10:00 in Paris (UTC+1), 04:00 in Montreal (UTC-5)
	private static final Instant MEETING = Instant.parse("2027-01-12T09:00:00Z");

	private final Dates dates = new Dates(messages());

	@Test
	void withoutAZoneOrInParisTheTimeIsParisTimeOnly() {
		assertThat(this.dates.withZone(MEETING, null, Locale.FRENCH)).isEqualTo("12/01/2027 10:00:00");
		assertThat(this.dates.withZone(MEETING, ClockConfiguration.PARIS, Locale.FRENCH))
			.isEqualTo("12/01/2027 10:00:00");
		assertThat(this.dates.elsewhere(null)).isFalse();
		assertThat(this.dates.elsewhere(ClockConfiguration.PARIS)).isFalse();
	}

	@Test
	void inAnotherZoneTheTimeThereFollowsParisTimeNamed() {
		assertThat(this.dates.withZone(MEETING, ZoneId.of("America/Montreal"), Locale.FRENCH))
			.isEqualTo("12/01/2027 10:00:00 (heure de Paris) — 04:00:00, votre heure (America/Montreal)");
		assertThat(this.dates.withZone(MEETING, ZoneId.of("America/Montreal"), Locale.ENGLISH)).startsWith("1/12/27")
			.contains("(Paris time) — 4:00:00")
			.endsWith(", your time (America/Montreal)");
	}

	@Test
	void theDateIsNamedWhenItIsAnotherDayThere() {
		// 22:00 in Paris is 11:00 the next day in Nouméa (UTC+11)
		Instant evening = Instant.parse("2027-01-12T21:00:00Z");
		assertThat(this.dates.withZone(evening, ZoneId.of("Pacific/Noumea"), Locale.FRENCH))
			.isEqualTo("12/01/2027 22:00:00 (heure de Paris) — 13/01/2027 08:00:00, votre heure (Pacific/Noumea)");
	}

	@Test
	void everyOfferedZoneExistsAndHasItsNameInBothLanguagesAnythingElseIsRefused() {
		ResourceBundleMessageSource messages = messages();
		for (Locale locale : new Locale[] { Locale.FRENCH, Locale.ENGLISH }) {
			assertThat(TimeZones.choices(messages, locale, MEETING)).hasSize(TimeZones.OFFERED.size())
				.allSatisfy((choice) -> assertThat(choice.text()).doesNotStartWith("time-zones."));
		}
		assertThat(TimeZones.choices(messages, Locale.FRENCH, MEETING))
			.anySatisfy((choice) -> assertThat(choice.text()).isEqualTo("Guadeloupe — UTC-04:00 (America/Guadeloupe)"));
		assertThat(TimeZones.offered("America/Montreal")).contains(ZoneId.of("America/Montreal"));
		assertThat(TimeZones.offered("Mars/Olympus_Mons")).isEmpty();
		// a real zone, but not one offered
		assertThat(TimeZones.offered("Antarctica/Troll")).isEmpty();
		assertThat(TimeZones.offered(null)).isEmpty();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
