package fr.coopex.ecosystems.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

import fr.coopex.ecosystems.EcosystemGovernance;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.GovernanceViews.Consultation;
import fr.coopex.ecosystems.Majority;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;

/**
 * An ecosystem's consultations: a coordinator opens one; each member company votes once;
 * insiders read it and, once closed, its result.
 */
@Controller
@RequestMapping("/ecosystems/{id:[0-9]+}")
class ConsultationController {

	private static final String VIEW_FORM = "ecosystems/consultation-form";

	private static final String VIEW_CONSULTATION = "ecosystems/consultation";

	private static final List<Choice> MAJORITIES = Arrays.stream(Majority.values())
		.map((m) -> Choice.message(m.name(), "ecosystems.majority." + m.name()))
		.toList();

	private final EcosystemManagement ecosystems;

	private final EcosystemGovernance governance;

	ConsultationController(EcosystemManagement ecosystems, EcosystemGovernance governance) {
		this.ecosystems = ecosystems;
		this.governance = governance;
	}

	@GetMapping("/consultations/new")
	String initConsultationForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		Actions.requireCoordinator(this.ecosystems, user, id);
		model.addAttribute("consultationForm", ConsultationForm.empty());
		return prepareForm(id, model);
	}

	@PostMapping("/consultations/new")
	String processConsultationForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid ConsultationForm consultationForm, BindingResult result, Model model, RedirectAttributes flash) {
		Actions.requireCoordinator(this.ecosystems, user, id);
		return Actions.submit(result, () -> {
			long consultation = this.governance.openConsultation(user, id, consultationForm.toDraft());
			flash.addFlashAttribute("message", "ecosystems.consultation.opened");
			return "redirect:/ecosystems/" + id + "/consultations/" + consultation;
		}, () -> prepareForm(id, model));
	}

	@GetMapping("/consultations/{consultation:[0-9]+}")
	String consultation(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable long consultation, Model model) {
		Consultation shown = this.governance.consultation(user, id, consultation);
		model.addAttribute("consultation", shown);
		List<Choice> choices = new ArrayList<>();
		choices.add(Choice.message("", "ecosystems.consultation.choose"));
		shown.options().forEach((o) -> choices.add(Choice.text(Long.toString(o.id()), o.label())));
		model.addAttribute("optionChoices", choices);
		model.addAttribute("ecosystem", this.ecosystems.summary(id));
		if (!model.containsAttribute("voteForm")) {
			model.addAttribute("voteForm", VoteForm.empty());
		}
		return VIEW_CONSULTATION;
	}

	@PostMapping("/consultations/{consultation:[0-9]+}/vote")
	String vote(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long consultation,
			@Valid VoteForm voteForm, BindingResult result, Model model, RedirectAttributes flash) {
		// outsiders are refused before the form is checked
		this.governance.consultation(user, id, consultation);
		return Actions.submit(result, () -> {
			this.governance.vote(user, id, consultation, voteForm.optionId());
			flash.addFlashAttribute("message", "ecosystems.consultation.voted");
			return "redirect:/ecosystems/" + id + "/consultations/" + consultation;
		}, () -> consultation(user, id, consultation, model));
	}

	private String prepareForm(long id, Model model) {
		model.addAttribute("ecosystem", this.ecosystems.summary(id));
		model.addAttribute("majorityChoices", MAJORITIES);
		return VIEW_FORM;
	}

}
