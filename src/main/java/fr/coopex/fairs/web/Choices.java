package fr.coopex.fairs.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafEntry;
import fr.coopex.shared.config.CacheConfiguration;

/**
 * The choices of the fair forms and filters: every country (France included, unlike
 * export markets), and NAF sections with their divisions.
 */
@Component
class Choices {

	private final Markets markets;

	private final NafCatalogue naf;

	private final List<SectorGroup> sectors;

	Choices(Markets markets, NafCatalogue naf) {
		this.markets = markets;
		this.naf = naf;
		this.sectors = naf.sections()
			.stream()
			.map((s) -> new SectorGroup(s,
					naf.divisions().stream().filter((d) -> s.code().equals(d.sectionCode())).toList()))
			.toList();
	}

	record Country(String code, String name) {
	}

	/** A NAF section and its divisions. */
	record SectorGroup(NafEntry section, List<NafEntry> divisions) {
	}

	/** Every country, named and sorted in the language of {@code locale}. */
	@Cacheable(cacheNames = CacheConfiguration.COUNTRIES, key = "#locale", sync = true)
	public List<Country> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return java.util.Arrays.stream(Locale.getISOCountries())
			.map((code) -> new Country(code, this.markets.name(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/** The NAF sections, each with its divisions. */
	List<SectorGroup> sectors() {
		return this.sectors;
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
