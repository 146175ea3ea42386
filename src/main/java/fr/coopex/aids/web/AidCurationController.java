package fr.coopex.aids.web;

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

import fr.coopex.aids.AidCuration;
import fr.coopex.aids.DeMinimis;
import fr.coopex.aids.DeMinimisRegister;
import fr.coopex.aids.AidException;
import fr.coopex.aids.AidInvalidException;
import fr.coopex.aids.AidView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;

/**
 * Agency officers curate their agency's aids: list, create, edit, publish, unpublish and
 * history ({@link AidTransferController} imports and exports them).
 */
@Controller
@RequestMapping("/aids/manage")
class AidCurationController {

	private static final String VIEW_LIST = "aids/manage";

	private final AidCuration curation;

	private final DeMinimisRegister deMinimis;

	AidCurationController(AidCuration curation, DeMinimisRegister deMinimis) {
		this.curation = curation;
		this.deMinimis = deMinimis;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("aids", this.curation.ofAgency(user));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, Model model) {
		this.curation.ofAgency(user);
		model.addAttribute("aidForm", AidForm.empty());
		return AidFormChoices.prepare(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid AidForm aidForm, BindingResult result,
			Model model, RedirectAttributes flash) {
		this.curation.ofAgency(user);
		if (!result.hasErrors()) {
			try {
				long id = this.curation.create(user, aidForm.toData());
				flash.addFlashAttribute("message", "aids.curation.created");
				return "redirect:/aids/manage/" + id + "/edit";
			}
			catch (AidInvalidException ex) {
				ex.rejectOn(result, AidForm::path);
			}
		}
		return AidFormChoices.prepare(model, null);
	}

	@GetMapping("/{id:[0-9]+}/edit")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("aidForm", AidForm.of(this.curation.editable(user, id)));
		return prepare(model, user, id);
	}

	@PostMapping("/{id:[0-9]+}/edit")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid AidForm aidForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		// refused before the form is read, for anyone but the aid's agency
		this.curation.editable(user, id);
		if (!result.hasErrors()) {
			try {
				this.curation.update(user, id, aidForm.toData(), aidForm.version());
				flash.addFlashAttribute("message", "aids.curation.saved");
				return "redirect:/aids/manage/" + id + "/edit";
			}
			catch (AidInvalidException ex) {
				ex.rejectOn(result, AidForm::path);
			}
			catch (AidException ex) {
				ex.rejectOn(result);
			}
		}
		return prepare(model, user, id);
	}

	/** Whether the aid is de minimis: its own small form on the edit page. */
	@PostMapping("/{id:[0-9]+}/de-minimis")
	String processDeMinimisForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid DeMinimisFlagForm deMinimisFlagForm, BindingResult result, Model model, RedirectAttributes flash) {
		AidView aid = this.curation.editable(user, id);
		if (!result.hasErrors()) {
			try {
				this.deMinimis.setFlag(user, id, deMinimisFlagForm.toFlag());
				flash.addFlashAttribute("message", "aids.de-minimis.flag-saved");
				return "redirect:/aids/manage/" + id + "/edit";
			}
			catch (AidException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("aidForm", AidForm.of(aid));
		return prepare(model, user, id);
	}

	/** Publishes the aid or takes it back, then shows its edit page with the outcome. */
	@PostMapping("/{id:[0-9]+}/{action:publish|unpublish}")
	String publication(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable String action,
			RedirectAttributes flash) {
		boolean publish = "publish".equals(action);
		try {
			if (publish) {
				this.curation.publish(user, id);
			}
			else {
				this.curation.unpublish(user, id);
			}
			flash.addFlashAttribute("message", publish ? "aids.curation.published" : "aids.curation.unpublished");
		}
		catch (AidException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/aids/manage/" + id + "/edit";
	}

	private String prepare(Model model, CoopexUser user, long id) {
		model.addAttribute("aid", this.curation.editable(user, id));
		model.addAttribute("history", this.curation.history(user, id));
		if (!model.containsAttribute("deMinimisFlagForm")) {
			model.addAttribute("deMinimisFlagForm", DeMinimisFlagForm.of(this.deMinimis.flag(id)));
		}
		model.addAttribute("deMinimisStatuses", Choice.messages(DeMinimis.values(), "aids.de-minimis.status."));
		return AidFormChoices.prepare(model, id);
	}

}
