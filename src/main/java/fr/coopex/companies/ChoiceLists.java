package fr.coopex.companies;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.shared.web.Options;

/**
 * The long choice lists of the directories' filters, as ready HTML: the markets in the
 * user's language and the NAF divisions. Controllers put them in the model; templates
 * insert them unescaped.
 */
@Component
public class ChoiceLists {

	private final Markets markets;

	private final Options divisions;

	private final MessageSource messages;

	private final Map<Locale, Options> marketsByLocale = new ConcurrentHashMap<>();

	private final Map<Locale, Options> regionsByLocale = new ConcurrentHashMap<>();

	ChoiceLists(Markets markets, NafCatalogue naf, MessageSource messages) {
		this.markets = markets;
		this.messages = messages;
		this.divisions = Options.of(naf.divisions(), NafEntry::code, (d) -> d.code() + " — " + d.label());
	}

	/** The regions, named in the language of {@code locale}. */
	public String regions(Locale locale, Region chosen) {
		return this.regionsByLocale
			.computeIfAbsent(locale,
					(l) -> Options.of(List.of(Region.values()), Region::name,
							(r) -> this.messages.getMessage("companies.region." + r.name(), null, l)))
			.html(chosen == null ? null : chosen.name());
	}

	/** Zones, then countries, named in the language of {@code locale}. */
	public String markets(Locale locale, String chosen) {
		return this.marketsByLocale
			.computeIfAbsent(locale, (l) -> Options.of(this.markets.all(l), Markets.Market::code, Markets.Market::name))
			.html(chosen);
	}

	/** The 88 NAF divisions, "28 — Fabrication de machines et équipements n.c.a.". */
	public String divisions(String chosen) {
		return this.divisions.html(chosen);
	}

}
