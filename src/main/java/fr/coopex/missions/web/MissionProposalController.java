package fr.coopex.missions.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.Markets;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.missions.MissionKind;
import fr.coopex.missions.MissionManagement;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;

/** Proposing a mission: the form and its saving. */
@Controller
@RequestMapping("/missions")
class MissionProposalController {

	private static final String VIEW_FORM = "missions/form";

	private final MissionManagement missions;

	private final Markets markets;

	MissionProposalController(MissionManagement missions, Markets markets) {
		this.missions = missions;
		this.markets = markets;
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Long ecosystem,
			Model model, Locale locale) {
		model.addAttribute("missionForm", MissionForm.in(ecosystem));
		return prepareForm(user, model, locale);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid MissionForm missionForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		String view = prepareForm(user, model, locale);
		return MissionForms.submit(result, model, flash, "missions.proposed",
				() -> "/missions/" + this.missions.propose(user, missionForm.ecosystemId(), missionForm.toDraft()),
				() -> view);
	}

	private String prepareForm(CoopexUser user, Model model, Locale locale) {
		var ecosystems = this.missions.ecosystemsToProposeIn(user);
		if (ecosystems.isEmpty()) {
			throw new AccessDeniedException("In no ecosystem");
		}
		model.addAttribute("ecosystemChoices",
				Choice.of(ecosystems, (e) -> Long.toString(e.id()), EcosystemSummary::name));
		model.addAttribute("marketChoices",
				MissionForms.withNone("missions.field.market.choose", this.markets.all(locale)));
		model.addAttribute("kindChoices", Choice.messages(MissionKind.values(), "missions.kind."));
		return VIEW_FORM;
	}

}
