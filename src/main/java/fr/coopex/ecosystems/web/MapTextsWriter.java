package fr.coopex.ecosystems.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.ecosystems.CoopetitionMaps.Roster;

/** Writes a coopetition map's words for a reader, once per map and language. */
@Component
class MapTextsWriter {

	private final MessageSource messages;

	private final Markets markets;

	private final NafCatalogue naf;

	MapTextsWriter(MessageSource messages, Markets markets, NafCatalogue naf) {
		this.messages = messages;
		this.markets = markets;
		this.naf = naf;
	}

	/** The words of the roster and its map in this language. */
	MapTexts of(Roster roster, Locale locale) {
		return roster.views()
			.get(locale, MapTexts.class,
					() -> new MapTexts(roster.map(), this.messages, this.markets, this.naf, locale));
	}

}
