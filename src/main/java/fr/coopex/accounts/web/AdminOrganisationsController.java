package fr.coopex.accounts.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.CoordinationCategory;
import fr.coopex.accounts.OrganisationKind;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.RegionNames;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;
import fr.coopex.shared.web.Paging;

/**
 * The admin's list of organisations and the creation of a coordination body or an agency.
 */
@Controller
@RequestMapping("/admin/organisations")
class AdminOrganisationsController {

	private static final String VIEW_LIST = "accounts/admin-organisations";

	private static final String VIEW_FORM = "accounts/admin-organisation-form";

	private final OrganisationManagement organisations;

	private final RegionNames regions;

	AdminOrganisationsController(OrganisationManagement organisations, RegionNames regions) {
		this.organisations = organisations;
		this.regions = regions;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser admin, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "1") int page, Model model) {
		String query = q == null ? "" : q.strip();
		query = query.length() > 100 ? query.substring(0, 100) : query;
		OrganisationKind kindFilter = Arrays.stream(OrganisationKind.values())
			.filter((k) -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		String regionFilter = this.regions.isKnown(region) ? region : null;
		model.addAttribute("q", query);
		model.addAttribute("kind", kindFilter);
		model.addAttribute("region", regionFilter);
		model.addAttribute("kinds", Choice.messages(OrganisationKind.values(), "organisation.kind."));
		model.addAttribute("regionChoices", this.regions.choices());
		model.addAttribute("organisations", this.organisations.search(admin, query, kindFilter, regionFilter,
				PageRequest.of(Paging.index(page), Paging.SIZE)));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("organisationForm", OrganisationForm.empty());
		return prepareForm(model);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser admin, @Valid OrganisationForm organisationForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				long id = this.organisations.create(admin, organisationForm.draft(), organisationForm.officerEmail(),
						locale);
				flash.addFlashAttribute("message", "accounts.organisations.created");
				return "redirect:/admin/organisations/" + id;
			}
			catch (AccountException ex) {
				if ("email".equals(ex.field())) {
					result.rejectValue("officerEmail", ex.messageKey());
				}
				else {
					OrganisationFields.rejectOn(ex, result);
				}
			}
		}
		return prepareForm(model);
	}

	private String prepareForm(Model model) {
		model.addAttribute("kinds",
				Choice.messages(new OrganisationKind[] { OrganisationKind.COORDINATION_BODY, OrganisationKind.AGENCY },
						"organisation.kind."));
		model.addAttribute("categories", categoryChoices());
		model.addAttribute("regionChoices", this.regions.choices());
		return VIEW_FORM;
	}

	/** The kinds of coordination body, "choose" first. */
	static List<Choice> categoryChoices() {
		List<Choice> choices = new ArrayList<>();
		choices.add(Choice.message("", "accounts.organisation.choose"));
		choices.addAll(Choice.messages(CoordinationCategory.values(), "accounts.organisation.category."));
		return choices;
	}

}
