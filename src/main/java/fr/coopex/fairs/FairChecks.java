package fr.coopex.fairs;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafEntry;
import fr.coopex.companies.NafLevel;
import fr.coopex.fairs.FairCalendar.FairDraft;
import fr.coopex.shared.web.Text;

/**
 * What an editor writes about a fair, checked field by field: a known country, sensible
 * dates, NAF sections or divisions, a web address that is one.
 */
@Component
class FairChecks {

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private final Markets markets;

	private final NafCatalogue naf;

	FairChecks(Markets markets, NafCatalogue naf) {
		this.markets = markets;
		this.naf = naf;
	}

	FairDraft check(FairDraft draft) {
		String country = draft.country() == null ? null : draft.country().strip().toUpperCase(Locale.ROOT);
		if (country == null || country.startsWith("Z-") || !this.markets.isValid(country)) {
			throw new FairException("country", "fairs.form.country-unknown");
		}
		checkDates(draft.startsOn(), draft.endsOn());
		Set<String> sectors = new TreeSet<>();
		for (String code : draft.sectors() == null ? Set.<String>of() : draft.sectors()) {
			NafEntry entry = this.naf.find(code)
				.filter((e) -> e.level() == NafLevel.SECTION || e.level() == NafLevel.DIVISION)
				.orElseThrow(() -> new FairException("sectors", "fairs.form.sector-unknown"));
			sectors.add(entry.code());
		}
		String website = Text.clean(draft.website());
		if (website != null && !isWebAddress(website)) {
			throw new FairException("website", "fairs.form.website-invalid");
		}
		return new FairDraft(draft.name(), draft.organiser(), draft.city(), country, draft.venue(), draft.startsOn(),
				draft.endsOn(), sectors, website, draft.description(), draft.datesTentative());
	}

	private static void checkDates(LocalDate startsOn, LocalDate endsOn) {
		if (startsOn == null) {
			throw new FairException("startsOn", "NotNull");
		}
		if (endsOn == null) {
			throw new FairException("endsOn", "NotNull");
		}
		if (startsOn.isBefore(EARLIEST) || startsOn.isAfter(LATEST)) {
			throw new FairException("startsOn", "fairs.form.date-out-of-range");
		}
		if (endsOn.isBefore(startsOn)) {
			throw new FairException("endsOn", "fairs.form.end-before-start");
		}
		if (endsOn.isAfter(startsOn.plusDays(60))) {
			throw new FairException("endsOn", "fairs.form.too-long");
		}
	}

	/** Only http and https links are shown: never javascript: or data: ones. */
	static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
