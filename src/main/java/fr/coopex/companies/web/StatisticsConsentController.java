package fr.coopex.companies.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.StatisticsConsent;
import fr.coopex.shared.security.CoopexUser;

/**
 * The statistics question, on its own page: whether the company lends its whole profile,
 * anonymously, to the agencies' statistics. Off until the company says yes.
 */
@Controller
@RequestMapping("/account/company/statistics")
class StatisticsConsentController {

	private static final String VIEW_FORM = "companies/statistics-consent";

	private final StatisticsConsent consent;

	StatisticsConsentController(StatisticsConsent consent) {
		this.consent = consent;
	}

	@GetMapping
	String initConsentForm(@AuthenticationPrincipal CoopexUser user, Model model) {
		var answer = this.consent.answer(user.organisationId());
		model.addAttribute("statisticsConsentForm", new StatisticsConsentForm(answer.orElse(false)));
		model.addAttribute("asked", answer.isPresent());
		return VIEW_FORM;
	}

	@PostMapping
	String processConsentForm(@AuthenticationPrincipal CoopexUser user, StatisticsConsentForm statisticsConsentForm,
			RedirectAttributes flash) {
		this.consent.answer(user, statisticsConsentForm.consented());
		flash.addFlashAttribute("message",
				statisticsConsentForm.consented() ? "companies.statistics.consented" : "companies.statistics.declined");
		return "redirect:/account/company/statistics";
	}

}
