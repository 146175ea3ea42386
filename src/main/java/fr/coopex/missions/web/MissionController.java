package fr.coopex.missions.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.Markets;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionPage;
import fr.coopex.missions.MissionStatus;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FlashActions;

/**
 * Prospection missions: the list, each mission's page, opting in and out, adding leads
 * and shared findings (proposing one: {@link MissionProposalController}; editing a lead:
 * {@link LeadFormController}). The service checks who may see and do what.
 */
@Controller
@RequestMapping("/missions")
class MissionController {

	private static final String VIEW_LIST = "missions/list";

	private static final String VIEW_DETAIL = "missions/detail";

	private final MissionManagement missions;

	private final Markets markets;

	MissionController(MissionManagement missions, Markets markets) {
		this.missions = missions;
		this.markets = markets;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Long ecosystem, Model model) {
		model.addAttribute("missions", this.missions.visibleTo(user, ecosystem));
		model.addAttribute("mayPropose", !this.missions.ecosystemsToProposeIn(user).isEmpty());
		model.addAttribute("ecosystem", ecosystem);
		return VIEW_LIST;
	}

	@GetMapping("/{id:[0-9]+}")
	String detail(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model, Locale locale) {
		MissionPage page = this.missions.page(user, id);
		model.addAttribute("page", page);
		if (!model.containsAttribute("leadForm")) {
			model.addAttribute("leadForm", LeadForm.empty());
		}
		if (!model.containsAttribute("findingForm")) {
			model.addAttribute("findingForm", FindingForm.empty());
		}
		MissionForms.addLeadChoices(model, locale, this.markets);
		return VIEW_DETAIL;
	}

	@PostMapping("/{id:[0-9]+}/join")
	String join(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, "missions.joined", () -> this.missions.join(user, id));
	}

	@PostMapping("/{id:[0-9]+}/leave")
	String leave(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, "missions.left", () -> this.missions.leave(user, id));
	}

	@PostMapping("/{id:[0-9]+}/status")
	String changeStatus(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) MissionStatus status, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes flash) {
		return act(id, flash, "missions.status.changed", () -> this.missions.changeStatus(user, id, version, status));
	}

	@PostMapping("/{id:[0-9]+}/leads")
	String addLead(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid LeadForm leadForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.missions.page(user, id);
		return MissionForms.submit(result, model, flash, "missions.lead.saved", () -> {
			this.missions.addLead(user, id, leadForm.toDraft(), leadForm.priceTalkConfirmed());
			return "/missions/" + id + "#leads";
		}, () -> {
			model.addAttribute("leadRefused", true);
			model.addAttribute("priceTalkForm", "lead");
			return detail(user, id, model, locale);
		});
	}

	@PostMapping("/{id:[0-9]+}/findings")
	String addFinding(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid FindingForm findingForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.missions.page(user, id);
		return MissionForms.submit(result, model, flash, "missions.finding.saved", () -> {
			this.missions.addFinding(user, id, findingForm.title(), findingForm.text(),
					findingForm.priceTalkConfirmed());
			return "/missions/" + id + "#findings";
		}, () -> {
			model.addAttribute("priceTalkForm", "finding");
			return detail(user, id, model, locale);
		});
	}

	private String act(long id, RedirectAttributes flash, String success, Runnable action) {
		return FlashActions.attempt(flash, success, action, "/missions/" + id);
	}

}
