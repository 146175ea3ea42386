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
import fr.coopex.ecosystems.CoopetitionMaps;
import fr.coopex.ecosystems.EcosystemDetail;
import fr.coopex.ecosystems.EcosystemDirectory;
import fr.coopex.ecosystems.EcosystemGovernance;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemPayments;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Paging;
import fr.coopex.shared.web.Text;

/**
 * The ecosystem directory, each ecosystem's page, and what a company does there: ask to
 * join, accept an invitation or the charter, withdraw, leave.
 */
@Controller
@RequestMapping("/ecosystems")
class EcosystemController {

	private static final String VIEW_LIST = "ecosystems/list";

	private static final String VIEW_DETAIL = "ecosystems/detail";

	private static final String VIEW_FORM = "ecosystems/form";

	private static final String VIEW_LEAVE = "ecosystems/leave";

	private final EcosystemManagement ecosystems;

	private final EcosystemDirectory directory;

	private final CoopetitionMaps maps;

	private final Markets markets;

	private final NafCatalogue naf;

	private final EcosystemChoices choices;

	private final EcosystemPayments payments;

	private final EcosystemGovernance governance;

	private final GovernanceSections sections;

	private final MapTextsWriter mapTexts;

	EcosystemController(EcosystemManagement ecosystems, EcosystemDirectory directory, CoopetitionMaps maps,
			Markets markets, NafCatalogue naf, EcosystemChoices choices, EcosystemPayments payments,
			EcosystemGovernance governance, GovernanceSections sections, MapTextsWriter mapTexts) {
		this.governance = governance;
		this.mapTexts = mapTexts;
		this.sections = sections;
		this.payments = payments;
		this.ecosystems = ecosystems;
		this.directory = directory;
		this.maps = maps;
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

	@GetMapping("/{id:[0-9]+}")
	String detail(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) String invite, Locale locale, Model model) {
		EcosystemDetail detail = this.ecosystems.detail(user, id);
		model.addAttribute("ecosystem", detail);
		model.addAttribute("competitionClauses", this.ecosystems.competitionClauses(id));
		// a suggested company's SIREN, to prefill the coordinator's invitation form
		if (detail.isCoordinator() && invite != null && invite.matches("[0-9]{9}")) {
			model.addAttribute("inviteSiren", invite);
		}
		if (detail.canSeeMembers()) {
			CoopetitionMaps.Roster roster = this.maps.of(detail);
			model.addAttribute("roster", roster);
			model.addAttribute("mapTexts", this.mapTexts.of(roster, locale));
			model.addAttribute("viewerCompanyId", user.organisationId());
			model.addAttribute("viewerIsMember", user.role() == fr.coopex.shared.security.Role.MEMBER);
			model.addAttribute("paymentDetails", this.payments.details(user, id).orElse(null));
			model.addAttribute("governance", this.governance.overview(user, id));
		}
		this.sections.addTo(user, detail, model);
		if (!model.containsAttribute("joinForm")) {
			model.addAttribute("joinForm", JoinForm.empty());
		}
		return VIEW_DETAIL;
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

	@PostMapping("/{id:[0-9]+}/join")
	String requestToJoin(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid JoinForm joinForm,
			BindingResult result, Locale locale, Model model, RedirectAttributes flash) {
		if (result.hasErrors()) {
			// the page again, with the message typed and why it is refused (nothing is
			// kept in the session, which must hold only what it can store)
			return detail(user, id, null, locale, model);
		}
		return Actions.run(id, flash, "ecosystems.join.sent",
				() -> this.ecosystems.requestToJoin(user, id, joinForm.message(), joinForm.charterAccepted()));
	}

	@PostMapping("/{id:[0-9]+}/withdraw")
	String withdraw(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.join.withdrawn", () -> this.ecosystems.withdraw(user, id));
	}

	@PostMapping("/{id:[0-9]+}/invitation/accept")
	String acceptInvitation(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean acceptCharter, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.invitation.accepted",
				() -> this.ecosystems.acceptInvitation(user, id, acceptCharter));
	}

	@PostMapping("/{id:[0-9]+}/invitation/decline")
	String declineInvitation(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.invitation.declined",
				() -> this.ecosystems.declineInvitation(user, id));
	}

	@PostMapping("/{id:[0-9]+}/charter/accept")
	String acceptCharter(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.charter.accepted", () -> this.ecosystems.acceptCharter(user, id));
	}

	/** Leaving takes two clicks: this page asks for confirmation. */
	@GetMapping("/{id:[0-9]+}/leave")
	String confirmLeave(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("ecosystem", this.ecosystems.detail(user, id));
		return VIEW_LEAVE;
	}

	@PostMapping("/{id:[0-9]+}/leave")
	String leave(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.left", () -> this.ecosystems.leave(user, id));
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
