package fr.coopex.labels.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.labels.LabelException;
import fr.coopex.labels.LabelRegistry;
import fr.coopex.labels.LabelRegistry.Filter;
import fr.coopex.labels.LabelRegistry.LabelEntry;
import fr.coopex.labels.LabelSchemes;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.web.Choice;

/**
 * The public registry of labels, for anyone: the list with its filters and a label's page
 * (its badge and CSV file: {@link RegistryFilesController}).
 */
@Controller
class RegistryController {

	static final String NUMBER = "{number:CX-[0-9]{4}-[0-9]{6}}";

	private static final String VIEW_LIST = "labels/registry";

	private static final String VIEW_LABEL = "labels/label";

	private final LabelRegistry registry;

	private final LabelSchemes schemes;

	private final LabelChoices choices;

	private final String baseUrl;

	RegistryController(LabelRegistry registry, LabelSchemes schemes, LabelChoices choices,
			CoopexProperties properties) {
		this.registry = registry;
		this.schemes = schemes;
		this.choices = choices;
		this.baseUrl = properties.baseUrl();
	}

	@GetMapping("/labels")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String market, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String scheme, Locale locale, Model model) {
		Filter filter = filter(region, sector, market, agency, scheme);
		model.addAttribute("labels", this.registry.search(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("regionChoices", this.choices.regions());
		model.addAttribute("sectorChoices", this.choices.sectors());
		model.addAttribute("marketChoices", this.choices.markets(locale));
		List<LabelEntry> all = this.registry.all();
		model.addAttribute("agencyChoices", Choice.of(
				all.stream().map((e) -> Choice.text(Long.toString(e.agencyId()), e.agencyName())).distinct().toList(),
				Choice::value, Choice::text));
		model.addAttribute("schemeChoices",
				this.schemes.published()
					.stream()
					.map((s) -> Choice.text(Long.toString(s.familyId()), s.name(locale)))
					.toList());
		return VIEW_LIST;
	}

	@GetMapping("/labels/" + NUMBER)
	String label(@PathVariable String number, Model model) {
		model.addAttribute("detail", this.registry.detail(number).orElseThrow(LabelException.NotFound::new));
		model.addAttribute("badgeCode", "<a href=\"" + this.baseUrl + "/labels/" + number + "\"><img src=\""
				+ this.baseUrl + "/labels/" + number + "/badge.svg\" alt=\"Coopex " + number + "\"></a>");
		return VIEW_LABEL;
	}

	static Filter filter(String region, String sector, String market, String agency, String scheme) {
		return new Filter(blank(region), blank(sector), blank(market), number(agency), number(scheme));
	}

	private static String blank(String value) {
		return (value == null || value.isBlank() || value.length() > 40) ? null : value.strip();
	}

	private static Long number(String value) {
		String clean = blank(value);
		return (clean == null || !clean.matches("[0-9]{1,18}")) ? null : Long.valueOf(clean);
	}

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

}
