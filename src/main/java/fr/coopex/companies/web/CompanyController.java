package fr.coopex.companies.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyDirectory;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ChoiceLists;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.Region;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FragmentRenderer;
import fr.coopex.shared.web.Paging;
import fr.coopex.shared.web.RenderedFragments;
import fr.coopex.shared.web.Text;

/**
 * The company directory and each company's page, as the viewer may see them.
 */
@Controller
@RequestMapping("/companies")
class CompanyController {

	private static final String VIEW_LIST = "companies/list";

	private static final String VIEW_DETAIL = "companies/detail";

	static final int MAX_QUERY = 100;

	private final CompanyDirectory directory;

	private final CompanyManagement companies;

	private final Markets markets;

	private final NafCatalogue naf;

	private final ChoiceLists choices;

	private final RenderedFragments fragments;

	private final FragmentRenderer renderer;

	CompanyController(CompanyDirectory directory, CompanyManagement companies, Markets markets, NafCatalogue naf,
			ChoiceLists choices, RenderedFragments fragments, FragmentRenderer renderer) {
		this.directory = directory;
		this.companies = companies;
		this.markets = markets;
		this.naf = naf;
		this.choices = choices;
		this.fragments = fragments;
		this.renderer = renderer;
	}

	/** Region of the rendered pages of results (companies/results.html). */
	private static final String RESULTS = "companies.results";

	/**
	 * Everything a page of results shows: the companies as the viewer may see them (so
	 * two viewers share a page only when they see the same fields), the page, the search
	 * (for the links to the next and previous pages) and the language.
	 */
	private record ResultsKey(List<CompanyCard> companies, int number, boolean hasNext, String q, String naf,
			Region region, String market, boolean queryCut, Locale locale) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String naf, @RequestParam(required = false) String region,
			@RequestParam(required = false) String market, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		String text = Text.clean(q);
		if (text != null && text.length() > MAX_QUERY) {
			text = text.substring(0, MAX_QUERY);
			model.addAttribute("queryCut", true);
		}
		String nafPrefix = Text.clean(naf) != null && this.naf.find(naf.strip()).isPresent() ? naf.strip() : null;
		Region chosenRegion = Region.parse(region).orElse(null);
		String chosenMarket = this.markets.isValid(market) ? market : null;
		var query = new CompanyDirectory.Query(text, nafPrefix, chosenRegion, chosenMarket);
		Slice<CompanyCard> results = this.directory.search(user, query, Paging.index(page));
		ResultsKey key = new ResultsKey(results.getContent(), results.getNumber(), results.hasNext(),
				text == null ? "" : text, nafPrefix, chosenRegion, chosenMarket, model.containsAttribute("queryCut"),
				locale);
		model.addAttribute("resultsHtml", this.fragments.byValue(RESULTS, key, () -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("results", results);
			variables.put("q", key.q());
			variables.put("naf", key.naf());
			variables.put("region", key.region());
			variables.put("market", key.market());
			variables.put("queryCut", key.queryCut());
			return this.renderer.render("companies/results", "results", variables, locale, request, response);
		}));
		response.setHeader("Vary", "HX-Request");
		if (htmx != null) {
			return VIEW_LIST + " :: results";
		}
		model.addAttribute("q", key.q());
		model.addAttribute("regionOptions", this.choices.regions(locale, chosenRegion));
		model.addAttribute("marketOptions", this.choices.markets(locale, chosenMarket));
		model.addAttribute("sectorOptions", this.choices.divisions(nafPrefix));
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("company",
				this.companies.card(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return VIEW_DETAIL;
	}

}
