package fr.coopex.companies.web;

import java.util.Locale;

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
import fr.coopex.companies.NafEntry;
import fr.coopex.companies.Region;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;
import fr.coopex.shared.web.Paging;
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

	CompanyController(CompanyDirectory directory, CompanyManagement companies, Markets markets, NafCatalogue naf,
			ChoiceLists choices) {
		this.directory = directory;
		this.companies = companies;
		this.markets = markets;
		this.naf = naf;
		this.choices = choices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String naf, @RequestParam(required = false) String region,
			@RequestParam(required = false) String market, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse response) {
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
		model.addAttribute("results", results);
		model.addAttribute("q", text == null ? "" : text);
		model.addAttribute("naf", nafPrefix);
		model.addAttribute("region", chosenRegion);
		model.addAttribute("market", chosenMarket);
		model.addAttribute("queryCut", model.containsAttribute("queryCut"));
		response.setHeader("Vary", "HX-Request");
		if (htmx != null) {
			return VIEW_LIST + " :: results";
		}
		model.addAttribute("regionChoices",
				this.choices.regions()
					.stream()
					.map((r) -> Choice.message(r.name(), "companies.region." + r.name()))
					.toList());
		model.addAttribute("marketChoices",
				Choice.of(this.choices.markets(locale), Markets.Market::code, Markets.Market::name));
		model.addAttribute("sectorChoices",
				Choice.of(this.choices.divisions(), NafEntry::code, (d) -> d.code() + " — " + d.label()));
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("company", this.companies.openProfile(user, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return VIEW_DETAIL;
	}

}
