package fr.coopex.companies.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyException;
import fr.coopex.companies.CompanyRegister;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.LegalForm;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfilePreview;
import fr.coopex.companies.Region;
import fr.coopex.companies.Reticence;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.companies.Visibility;
import fr.coopex.shared.security.CoopexUser;

/**
 * A company edits its own profile and chooses who sees each field.
 */
@Controller
@RequestMapping("/account/company")
class CompanyProfileController {

	private static final String VIEW_FORM = "companies/profile-form";

	private final CompanyManagement companies;

	private final Markets markets;

	private final NafCatalogue naf;

	private final CompanyRegister register;

	private final ProfilePreview preview;

	CompanyProfileController(CompanyManagement companies, Markets markets, NafCatalogue naf, CompanyRegister register,
			ProfilePreview preview) {
		this.companies = companies;
		this.preview = preview;
		this.markets = markets;
		this.naf = naf;
		this.register = register;
	}

	@GetMapping
	String initProfileForm(@AuthenticationPrincipal CoopexUser user,
			@RequestParam(defaultValue = "false") boolean prefill, Model model, Locale locale) {
		CompanyCard own = this.companies.ownProfile(user);
		ProfileForm form = ProfileFormMapping.of(own);
		if (prefill && this.register.isEnabled()) {
			var entry = this.register.lookup(own.siren());
			entry.ifPresent((found) -> ProfileFormMapping.prefill(form, found));
			model.addAttribute("prefill", entry.isPresent() ? "found" : "not-found");
		}
		model.addAttribute("profileForm", form);
		return prepare(user, model, locale);
	}

	@PostMapping
	String processProfileForm(@AuthenticationPrincipal CoopexUser user, @Valid ProfileForm profileForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.companies.update(user, ProfileFormMapping.toUpdate(profileForm));
				flash.addFlashAttribute("message", "companies.profile.saved");
				return "redirect:/companies/" + user.organisationId();
			}
			catch (CompanyException ex) {
				ex.rejectOn(result);
			}
		}
		return prepare(user, model, locale);
	}

	private String prepare(CoopexUser user, Model model, Locale locale) {
		var own = this.companies.ownProfile(user);
		model.addAttribute("company", own);
		model.addAttribute("legalForms", LegalForm.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("headcounts", HeadcountBand.values());
		model.addAttribute("turnovers", TurnoverBand.values());
		model.addAttribute("exportSituations", ExportSituation.values());
		model.addAttribute("obstacleChoices", Obstacle.values());
		model.addAttribute("reticenceChoices", Reticence.values());
		model.addAttribute("visibilityChoices", Visibility.values());
		model.addAttribute("fields", ProfileField.values());
		model.addAttribute("marketChoices", this.markets.all(locale));
		model.addAttribute("nafDivisions", this.naf.divisions());
		model.addAttribute("registerEnabled", this.register.isEnabled());
		model.addAttribute("ecosystemViews", this.preview.ofOwnCompany(user));
		return VIEW_FORM;
	}

}
