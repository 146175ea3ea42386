package fr.coopex.companies.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.PartnerSearch;
import fr.coopex.shared.security.CoopexUser;

/**
 * A company chooses whether other firms and coordinators may get it as a partner
 * suggestion (a setting of its profile, apart from the profile form).
 */
@Controller
@RequestMapping("/account/company/suggestions")
class SuggestionSettingController {

	private static final String VIEW_FORM = "companies/suggestion-setting";

	private final PartnerSearch partners;

	SuggestionSettingController(PartnerSearch partners) {
		this.partners = partners;
	}

	@GetMapping
	String initSettingForm(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("suggestionSettingForm",
				new SuggestionSettingForm(this.partners.suggestible(user.organisationId())));
		return VIEW_FORM;
	}

	@PostMapping
	String processSettingForm(@AuthenticationPrincipal CoopexUser user, SuggestionSettingForm suggestionSettingForm,
			BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors()) {
			// nothing changed: the form again, with the reason next to the box
			return VIEW_FORM;
		}
		this.partners.setSuggestible(user, suggestionSettingForm.accepted());
		flash.addFlashAttribute("message", "coopetition.setting.saved");
		return "redirect:/account/company/suggestions";
	}

}
