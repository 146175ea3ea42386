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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.Markets;
import fr.coopex.missions.MissionManagement;
import fr.coopex.missions.MissionPage;
import fr.coopex.shared.security.CoopexUser;

/** Editing one of a company's own leads on a mission. */
@Controller
@RequestMapping("/missions")
class LeadFormController {

	private static final String VIEW_LEAD = "missions/lead-form";

	private final MissionManagement missions;

	private final Markets markets;

	LeadFormController(MissionManagement missions, Markets markets) {
		this.missions = missions;
		this.markets = markets;
	}

	@GetMapping("/{id:[0-9]+}/leads/{leadId:[0-9]+}")
	String initLeadForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long leadId,
			Model model, Locale locale) {
		MissionPage.LeadLine lead = this.missions.ownLead(user, id, leadId, locale);
		model.addAttribute("leadForm", LeadForm.of(lead));
		return prepareLeadForm(user, id, leadId, model, locale);
	}

	@PostMapping("/{id:[0-9]+}/leads/{leadId:[0-9]+}")
	String processLeadForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long leadId,
			@Valid LeadForm leadForm, BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.missions.ownLead(user, id, leadId, locale);
		if (leadForm.version() == null) {
			result.reject("missions.lead.changed-meanwhile");
		}
		return MissionForms.submit(result, model, flash, "missions.lead.saved", () -> {
			this.missions.updateLead(user, id, leadId, leadForm.version(), leadForm.toDraft(),
					leadForm.priceTalkConfirmed());
			return "/missions/" + id + "#leads";
		}, () -> {
			model.addAttribute("priceTalkForm", "lead");
			return prepareLeadForm(user, id, leadId, model, locale);
		});
	}

	private String prepareLeadForm(CoopexUser user, long id, long leadId, Model model, Locale locale) {
		model.addAttribute("page", this.missions.page(user, id));
		model.addAttribute("leadId", leadId);
		MissionForms.addLeadChoices(model, locale, this.markets);
		return VIEW_LEAD;
	}

}
