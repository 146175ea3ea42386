package fr.coopex.ecosystems.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.ecosystems.Coordination;
import fr.coopex.ecosystems.EcosystemDetail;
import fr.coopex.ecosystems.EcosystemDirectory;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Paging;
import fr.coopex.shared.web.Text;

/**
 * The ecosystem directory, and creating and editing an ecosystem (each ecosystem's page
 * and what a company does there: {@link EcosystemPageController}).
 */
@Controller
@RequestMapping("/ecosystems")
class EcosystemController {

	private static final String VIEW_LIST = "ecosystems/list";

	private static final String VIEW_FORM = "ecosystems/form";

	private final EcosystemManagement ecosystems;

	private final EcosystemDirectory directory;

	private final Markets markets;

	private final NafCatalogue naf;

	private final EcosystemChoices choices;

	EcosystemController(EcosystemManagement ecosystems, EcosystemDirectory directory, Markets markets, NafCatalogue naf,
			EcosystemChoices choices) {
		this.ecosystems = ecosystems;
		this.directory = directory;
		this.markets = markets;
		this.naf = naf;
		this.choices = choices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String market, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String coordination, @RequestParam(required = false) boolean open,
			@RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		String text = Text.cut(Text.clean(q), 100);
		String chosenMarket = this.markets.isValid(market) ? market : null;
		String chosenSector = sector != null && sector.matches("[0-9]{2}") && this.naf.find(sector).isPresent() ? sector
				: null;
		Coordination chosenCoordination = parse(coordination);
		var results = this.directory.search(
				new EcosystemDirectory.Query(text, chosenMarket, chosenSector, chosenCoordination, open),
				Paging.index(page));
		model.addAttribute("results", results);
		model.addAttribute("standings",
				this.ecosystems.standings(user, results.getContent().stream().map(EcosystemSummary::id).toList()));
		model.addAttribute("q", text == null ? "" : text);
		model.addAttribute("market", chosenMarket);
		model.addAttribute("sector", chosenSector);
		model.addAttribute("coordination", chosenCoordination);
		model.addAttribute("open", open);
		model.addAttribute("marketChoices", this.choices.markets(locale));
		model.addAttribute("sectorChoices", this.choices.sectors());
		model.addAttribute("coordinationChoices", this.choices.coordinations());
		return htmx != null ? VIEW_LIST + " :: results" : VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model, Locale locale) {
		model.addAttribute("ecosystemForm", EcosystemForm.empty());
		return prepareForm(model, locale, null);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid EcosystemForm ecosystemForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		return Actions.submit(result, () -> {
			long id = this.ecosystems.create(user, ecosystemForm.toDraft());
			flash.addFlashAttribute("message", "ecosystems.created");
			return "redirect:/ecosystems/" + id;
		}, () -> prepareForm(model, locale, null));
	}

	@GetMapping("/{id:[0-9]+}/edit")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model, Locale locale) {
		EcosystemDetail detail = this.ecosystems.detail(user, id);
		if (!detail.isCoordinator()) {
			throw new org.springframework.security.access.AccessDeniedException("Not a coordinator");
		}
		model.addAttribute("ecosystemForm", EcosystemForm.of(detail, this.ecosystems.competitionClauses(id)));
		return prepareForm(model, locale, id);
	}

	@PostMapping("/{id:[0-9]+}/edit")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid EcosystemForm ecosystemForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes flash) {
		// refused before the form is checked, so that nobody else gets the form back
		this.ecosystems.summary(id);
		if (!this.ecosystems.isCoordinator(user, id)) {
			throw new org.springframework.security.access.AccessDeniedException("Not a coordinator");
		}
		return Actions.submit(result, () -> {
			this.ecosystems.update(user, id, ecosystemForm.toDraft(), ecosystemForm.status(),
					ecosystemForm.competitionClauses());
			flash.addFlashAttribute("message", "ecosystems.updated");
			return "redirect:/ecosystems/" + id;
		}, () -> prepareForm(model, locale, id));
	}

	private String prepareForm(Model model, Locale locale, Long id) {
		model.addAttribute("ecosystemId", id);
		model.addAttribute("marketChoices", this.choices.markets(locale));
		model.addAttribute("sectorChoices", this.choices.sectors());
		model.addAttribute("statusChoices", this.choices.statuses());
		return VIEW_FORM;
	}

	private static Coordination parse(String value) {
		try {
			return value == null || value.isBlank() ? null : Coordination.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
