package fr.coopex.fairs.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafEntry;
import fr.coopex.companies.NafLevel;
import fr.coopex.shared.web.Options;

/**
 * The choices of the fair forms and filters: every country (France included, unlike
 * export markets), and NAF sections with their divisions.
 */
@Component
class Choices {

	private final Markets markets;

	private final NafCatalogue naf;

	private final Map<Locale, List<Country>> countries = new ConcurrentHashMap<>();

	private volatile List<SectorGroup> sectors;

	private final Map<Locale, Options> countryOptions = new ConcurrentHashMap<>();

	private final Map<Locale, Options> sectorOptions = new ConcurrentHashMap<>();

	private final MessageSource messages;

	Choices(Markets markets, NafCatalogue naf, MessageSource messages) {
		this.markets = markets;
		this.naf = naf;
		this.messages = messages;
	}

	record Country(String code, String name) {
	}

	/** A NAF section and its divisions. */
	record SectorGroup(NafEntry section, List<NafEntry> divisions) {
	}

	List<Country> countries(Locale locale) {
		return this.countries.computeIfAbsent(locale, (l) -> {
			Collator collator = Collator.getInstance(l);
			return java.util.Arrays.stream(Locale.getISOCountries())
				.map((code) -> new Country(code, this.markets.name(code, l)))
				.sorted(Comparator.comparing(Country::name, collator))
				.toList();
		});
	}

	/** Every country as ready HTML options, {@code chosen} selected. */
	String countryOptions(Locale locale, String chosen) {
		return this.countryOptions
			.computeIfAbsent(locale, (l) -> Options.of(countries(l), Country::code, Country::name))
			.html(chosen);
	}

	/**
	 * The NAF sections (each first as a whole) and their divisions as ready HTML option
	 * groups, {@code chosen} selected.
	 */
	String sectorOptions(Locale locale, String chosen) {
		return this.sectorOptions.computeIfAbsent(locale,
				(l) -> Options.grouped(sectors(), (g) -> g.section().code() + " — " + g.section().label(), (g) -> {
					List<NafEntry> all = new java.util.ArrayList<>(g.divisions().size() + 1);
					all.add(g.section());
					all.addAll(g.divisions());
					return all;
				}, NafEntry::code,
						(e) -> e.level() == NafLevel.SECTION ? this.messages.getMessage("fairs.sector.whole-section",
								new Object[] { e.code(), e.label() }, l) : e.code() + " — " + e.label()))
			.html(chosen);
	}

	List<SectorGroup> sectors() {
		List<SectorGroup> groups = this.sectors;
		if (groups == null) {
			groups = this.naf.sections()
				.stream()
				.map((s) -> new SectorGroup(s,
						this.naf.divisions().stream().filter((d) -> s.code().equals(d.sectionCode())).toList()))
				.toList();
			this.sectors = groups;
		}
		return groups;
	}

	/** A valid country code, upper case, or null. */
	String country(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		return upper.length() == 2 && this.markets.isValid(upper) ? upper : null;
	}

	/** A known NAF section or division, or null. */
	String sector(String code) {
		if (code == null || code.isBlank() || code.length() > 2) {
			return null;
		}
		return this.naf.find(code).filter((e) -> e.code().length() <= 2).map(NafEntry::code).orElse(null);
	}

}
