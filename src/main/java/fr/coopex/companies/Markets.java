package fr.coopex.companies;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.shared.config.CacheConfiguration;

/**
 * Markets: countries (ISO 3166 codes, named in the user's language from the JDK's locale
 * data) and zones.
 */
@Component
public class Markets {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final MessageSource messages;

	Markets(MessageSource messages) {
		this.messages = messages;
	}

	/** A market offered in forms and filters. */
	public record Market(String code, String name, boolean zone) {
	}

	public boolean isValid(String code) {
		if (code == null) {
			return false;
		}
		if (code.startsWith(Zone.PREFIX)) {
			try {
				Zone.valueOf(code.substring(Zone.PREFIX.length()));
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return COUNTRIES.contains(code);
	}

	public String name(String code, Locale locale) {
		if (code.startsWith(Zone.PREFIX)) {
			return this.messages.getMessage("companies.zone." + code.substring(Zone.PREFIX.length()), null, code,
					locale);
		}
		return new Locale("", code).getDisplayCountry(locale);
	}

	/** The names of several markets, in the given order. */
	public List<String> names(java.util.Collection<String> codes, Locale locale) {
		return codes.stream().map((code) -> name(code, locale)).toList();
	}

	/** Zones first, then countries in alphabetical order of the user's language. */
	@Cacheable(cacheNames = CacheConfiguration.MARKETS, key = "#locale", sync = true)
	public List<Market> all(Locale locale) {
		List<Market> markets = new ArrayList<>();
		for (Zone zone : Zone.values()) {
			markets.add(new Market(zone.code(), name(zone.code(), locale), true));
		}
		Collator collator = Collator.getInstance(locale);
		COUNTRIES.stream()
			.filter((code) -> !code.equals("FR"))
			.map((code) -> new Market(code, name(code, locale), false))
			.sorted(Comparator.comparing(Market::name, collator))
			.forEach(markets::add);
		return List.copyOf(markets);
	}

}
