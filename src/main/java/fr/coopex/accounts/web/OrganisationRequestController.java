package fr.coopex.accounts.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.CoordinationCategory;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationRequests;
import fr.coopex.accounts.RegionNames;

/**
 * The public pages where a coordination body or an agency asks for an account. It makes a
 * request for an admin to review, never an account.
 */
@Controller
class OrganisationRequestController {

	private static final String VIEW_FORM = "accounts/request-form";

	private final OrganisationRequests requests;

	private final RegionNames regions;

	OrganisationRequestController(OrganisationRequests requests, RegionNames regions) {
		this.requests = requests;
		this.regions = regions;
	}

	@GetMapping("/register/{kind:coordination|agency}")
	String initRequestForm(@PathVariable String kind, Model model) {
		model.addAttribute("organisationRequestForm", OrganisationRequestForm.empty());
		return prepare(kind, model);
	}

	@PostMapping("/register/{kind:coordination|agency}")
	String processRequestForm(@PathVariable String kind, @Valid OrganisationRequestForm organisationRequestForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.requests.submit(organisationRequestForm.draft(kindOf(kind)), organisationRequestForm.applicant(),
						locale);
				flash.addFlashAttribute("message", "accounts.request.sent");
				return "redirect:/";
			}
			catch (AccountException ex) {
				OrganisationFields.rejectOn(ex, result);
			}
		}
		return prepare(kind, model);
	}

	private static OrganisationKind kindOf(String kind) {
		return "agency".equals(kind) ? OrganisationKind.AGENCY : OrganisationKind.COORDINATION_BODY;
	}

	private String prepare(String kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("organisationKind", kindOf(kind));
		model.addAttribute("categories", AdminOrganisationsController.categoryChoices());
		model.addAttribute("regionChoices", this.regions.choices());
		return VIEW_FORM;
	}

}
