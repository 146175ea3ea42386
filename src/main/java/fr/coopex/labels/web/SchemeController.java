package fr.coopex.labels.web;

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

import fr.coopex.labels.LabelException;
import fr.coopex.labels.LabelSchemes;
import fr.coopex.labels.SchemeView;
import fr.coopex.shared.security.CoopexUser;

/**
 * An agency's label schemes: the list, writing a scheme, editing it (a new version once
 * published) and publishing it. The service refuses anyone but the agency's officers and
 * any region outside its jurisdiction.
 */
@Controller
@RequestMapping("/agency/labels/schemes")
class SchemeController {

	private static final String VIEW_LIST = "labels/schemes";

	private static final String VIEW_FORM = "labels/scheme-form";

	private final LabelSchemes schemes;

	private final LabelChoices choices;

	SchemeController(LabelSchemes schemes, LabelChoices choices) {
		this.schemes = schemes;
		this.choices = choices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("schemes", this.schemes.ofAgency(user));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, Model model) {
		this.schemes.ofAgency(user);
		model.addAttribute("schemeForm", SchemeForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid SchemeForm schemeForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.schemes.ofAgency(user);
		if (!result.hasErrors()) {
			try {
				long id = this.schemes.create(user, schemeForm.draft(locale));
				flash.addFlashAttribute("message", "labels.scheme.saved");
				return "redirect:/agency/labels/schemes/" + id + "/edit";
			}
			catch (LabelException ex) {
				reject(result, ex);
			}
			catch (NumberFormatException ex) {
				result.reject("labels.criterion.indicator-incomplete");
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id:[0-9]+}/edit")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		SchemeView scheme = this.schemes.own(user, id);
		model.addAttribute("schemeForm", SchemeForm.of(scheme));
		return form(model, scheme);
	}

	@PostMapping("/{id:[0-9]+}/edit")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid SchemeForm schemeForm, BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		SchemeView scheme = this.schemes.own(user, id);
		if (!result.hasErrors()) {
			try {
				long saved = this.schemes.update(user, id, schemeForm.draft(locale));
				flash.addFlashAttribute("message", "labels.scheme.saved");
				return "redirect:/agency/labels/schemes/" + saved + "/edit";
			}
			catch (LabelException ex) {
				reject(result, ex);
			}
			catch (NumberFormatException ex) {
				result.reject("labels.criterion.indicator-incomplete");
			}
		}
		return form(model, scheme);
	}

	@PostMapping("/{id:[0-9]+}/publish")
	String publish(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		try {
			this.schemes.publish(user, id);
			flash.addFlashAttribute("message", "labels.scheme.published");
		}
		catch (LabelException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/agency/labels/schemes/" + id + "/edit";
	}

	private String form(Model model, SchemeView scheme) {
		model.addAttribute("scheme", scheme);
		this.choices.addSchemeChoices(model);
		return VIEW_FORM;
	}

	static void reject(BindingResult result, LabelException ex) {
		if (ex.field() == null || ex.field().equals("criteria")) {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
	}

}
