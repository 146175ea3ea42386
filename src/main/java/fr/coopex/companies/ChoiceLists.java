package fr.coopex.companies;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The long choice lists of the directories' filters: the markets in the user's language,
 * the regions and the NAF divisions. Controllers put them in the model; the filters of
 * {@code fragments/filters.html} show them.
 */
@Component
public class ChoiceLists {

	private static final List<Region> REGIONS = List.of(Region.values());

	private final Markets markets;

	private final List<NafEntry> divisions;

	ChoiceLists(Markets markets, NafCatalogue naf) {
		this.markets = markets;
		this.divisions = List.copyOf(naf.divisions());
	}

	/** The regions (their names are messages {@code companies.region.*}). */
	public List<Region> regions() {
		return REGIONS;
	}

	/** Zones, then countries, named in the language of {@code locale}. */
	public List<Markets.Market> markets(Locale locale) {
		return this.markets.all(locale);
	}

	/**
	 * The 88 NAF divisions, shown "28 — Fabrication de machines et équipements n.c.a.".
	 */
	public List<NafEntry> divisions() {
		return this.divisions;
	}

}
