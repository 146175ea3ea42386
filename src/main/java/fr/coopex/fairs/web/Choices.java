package fr.coopex.fairs.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.NafEntry;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.web.Choice;

/**
 * The choices of the fair forms and filters: every country (France included, unlike
 * export markets), and NAF sections each followed by its divisions.
 */
@Component
class Choices {

	/** Divisions are indented under their section, as the list cannot group them. */
	private static final String INDENT = "\u00a0\u00a0\u00a0";

	private final Markets markets;

	private final NafCatalogue naf;

	private final MessageSource messages;

	Choices(Markets markets, NafCatalogue naf, MessageSource messages) {
		this.markets = markets;
		this.naf = naf;
		this.messages = messages;
	}

	/** Every country, named and sorted in the language of {@code locale}. */
	@Cacheable(cacheNames = CacheConfiguration.COUNTRIES, key = "#locale", sync = true)
	public List<Choice> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> Choice.text(code, this.markets.name(code, locale)))
			.sorted(Comparator.comparing(Choice::text, collator))
			.toList();
	}

	/**
	 * The NAF sections ("C — Industrie manufacturière (toute la section)"), each followed
	 * by its divisions.
	 */
	List<Choice> sectors(Locale locale) {
		List<Choice> choices = new ArrayList<>();
		for (NafEntry section : this.naf.sections()) {
			choices.add(Choice.text(section.code(), this.messages.getMessage("fairs.sector.whole-section",
					new Object[] { section.code(), section.label() }, locale)));
			this.naf.divisions()
				.stream()
				.filter((d) -> section.code().equals(d.sectionCode()))
				.forEach((d) -> choices.add(Choice.text(d.code(), INDENT + d.code() + " — " + d.label())));
		}
		return choices;
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
