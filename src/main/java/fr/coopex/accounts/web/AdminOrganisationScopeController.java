package fr.coopex.accounts.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.OrganisationManagement.OrganisationDetails;
import fr.coopex.accounts.RegionNames;
import fr.coopex.shared.security.CoopexUser;

/**
 * The admin's page of one organisation and where it acts (an agency's jurisdiction and
 * operators).
 */
@Controller
@RequestMapping("/admin/organisations/{id:[0-9]+}")
class AdminOrganisationScopeController {

	private final OrganisationManagement organisations;

	private final RegionNames regions;

	AdminOrganisationScopeController(OrganisationManagement organisations, RegionNames regions) {
		this.organisations = organisations;
		this.regions = regions;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		OrganisationDetails organisation = find(id);
		model.addAttribute("scopeForm", ScopeForm.of(organisation));
		return prepareDetail(organisation, model);
	}

	@PostMapping("/scope")
	String processScopeForm(@AuthenticationPrincipal CoopexUser admin, @PathVariable long id,
			@Valid ScopeForm scopeForm, BindingResult result, Model model, RedirectAttributes flash) {
		OrganisationDetails organisation = find(id);
		if (!result.hasErrors()) {
			try {
				this.organisations.setScope(admin, id, scopeForm.scope().scope(), scopeForm.operatorList());
				flash.addFlashAttribute("message", "accounts.organisations.scope-saved");
				return "redirect:/admin/organisations/" + id;
			}
			catch (AccountException ex) {
				OrganisationFields.rejectOn(ex, result);
			}
		}
		return prepareDetail(organisation, model);
	}

	private OrganisationDetails find(long id) {
		return this.organisations.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String prepareDetail(OrganisationDetails organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("regionChoices", this.regions.choices());
		return "accounts/admin-organisation";
	}

}
