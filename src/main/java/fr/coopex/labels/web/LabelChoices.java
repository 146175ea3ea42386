package fr.coopex.labels.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.coopex.accounts.RegionNames;
import fr.coopex.companies.ChoiceLists;
import fr.coopex.labels.Comparison;
import fr.coopex.labels.CriterionKind;
import fr.coopex.labels.Indicator;
import fr.coopex.shared.web.Choice;

/** The options of the labelling forms and filters. */
@Component
class LabelChoices {

	private final ChoiceLists lists;

	private final RegionNames regions;

	LabelChoices(ChoiceLists lists, RegionNames regions) {
		this.lists = lists;
		this.regions = regions;
	}

	List<Choice> regions() {
		return this.regions.choices();
	}

	List<Choice> sectors() {
		return Choice.of(this.lists.divisions(), (d) -> d.code(), (d) -> d.display());
	}

	List<Choice> markets(Locale locale) {
		return Choice.of(this.lists.markets(locale), (m) -> m.code(), (m) -> m.name());
	}

	void addSchemeChoices(Model model) {
		model.addAttribute("regionChoices", regions());
		model.addAttribute("sectorChoices", sectors());
		model.addAttribute("kindChoices", Choice.messages(CriterionKind.values(), "labels.criterion-kind."));
		model.addAttribute("indicatorChoices",
				java.util.stream.Stream
					.concat(java.util.stream.Stream.of(Choice.message("", "labels.criterion.none")),
							Choice.messages(Indicator.values(), "labels.indicator.").stream())
					.toList());
		model.addAttribute("comparisonChoices", Choice.messages(Comparison.values(), "labels.comparison."));
	}

}
