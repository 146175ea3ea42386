package fr.coopex.ecosystems.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.coopex.companies.ChoiceLists;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafEntry;
import fr.coopex.ecosystems.Coordination;
import fr.coopex.ecosystems.EcosystemStatus;
import fr.coopex.shared.web.Choice;

/** The options of the ecosystem pages' selects and search facets. */
@Component
class EcosystemChoices {

	private final ChoiceLists lists;

	EcosystemChoices(ChoiceLists lists) {
		this.lists = lists;
	}

	/** Zones, then countries, named in the page's language. */
	List<Choice> markets(Locale locale) {
		return Choice.of(this.lists.markets(locale), Markets.Market::code, Markets.Market::name);
	}

	/** The NAF divisions, "28 — Fabrication de machines…". */
	List<Choice> sectors() {
		return Choice.of(this.lists.divisions(), NafEntry::code, NafEntry::display);
	}

	List<Choice> coordinations() {
		return Choice.messages(Coordination.values(), "ecosystems.coordination.");
	}

	List<Choice> statuses() {
		return Choice.messages(EcosystemStatus.values(), "ecosystems.status.");
	}

}
