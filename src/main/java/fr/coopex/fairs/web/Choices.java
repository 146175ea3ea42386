package fr.coopex.fairs.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafEntry;

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

	Choices(Markets markets, NafCatalogue naf) {
		this.markets = markets;
		this.naf = naf;
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
