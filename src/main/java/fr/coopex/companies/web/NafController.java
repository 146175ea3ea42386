package fr.coopex.companies.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.companies.NafCatalogue;

/**
 * The NAF picker: the sub-classes matching what has been typed so far, as
 * {@code <option>} elements for a {@code <datalist>} (htmx target).
 */
@Controller
@RequestMapping("/reference/naf")
class NafController {

	private static final String VIEW_OPTIONS = "companies/naf-options :: options";

	private static final int MAX_OPTIONS = 20;

	private static final int MAX_QUERY = 100;

	private final NafCatalogue catalogue;

	NafController(NafCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String options(@RequestParam(required = false) String q, @RequestParam(required = false) String nafCode,
			Model model) {
		// the profile form sends its own field name
		String typed = (q != null) ? q : nafCode;
		String query = (typed != null) ? typed.strip() : "";
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		model.addAttribute("q", query);
		model.addAttribute("matches", this.catalogue.search(query, MAX_OPTIONS));
		return VIEW_OPTIONS;
	}

}
