package fr.coopex.fairs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.FairException;
import fr.coopex.fairs.FairView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;

/**
 * The forms with which coordinators and agencies add and edit fairs (the calendar and
 * each fair's page: {@link FairPageController}; the iCalendar exports:
 * {@link FairExportController}).
 */
@Controller
class FairController {

	private static final String VIEW_FORM = "fairs/form";

	private final FairCalendar calendar;

	private final Choices choices;

	FairController(FairCalendar calendar, Choices choices) {
		this.calendar = calendar;
		this.choices = choices;
	}

	@GetMapping("/fairs/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) Long edition,
			Model model, Locale locale) {
		requireEditor(user);
		model.addAttribute("fairForm",
				edition == null ? FairForm.empty() : FairForm.nextEdition(this.calendar.find(edition)));
		return prepareForm(model, locale, null);
	}

	@PostMapping("/fairs/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid FairForm fairForm, BindingResult result,
			Model model, Locale locale, RedirectAttributes flash) {
		requireEditor(user);
		if (!result.hasErrors()) {
			try {
				long id = this.calendar.create(user, fairForm.toDraft(), fairForm.previousEdition());
				flash.addFlashAttribute("message", "fairs.created");
				return "redirect:/fairs/" + id;
			}
			catch (FairException ex) {
				ex.rejectOn(result);
			}
		}
		return prepareForm(model, locale, null);
	}

	@GetMapping("/fairs/{id:[0-9]+}/edit")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model, Locale locale) {
		FairView fair = this.calendar.find(id);
		requireEditor(user);
		model.addAttribute("fairForm", FairForm.of(fair));
		return prepareForm(model, locale, id);
	}

	@PostMapping("/fairs/{id:[0-9]+}/edit")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid FairForm fairForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		this.calendar.find(id);
		requireEditor(user);
		if (fairForm.version() == null) {
			result.reject("fairs.form.changed-meanwhile");
		}
		if (!result.hasErrors()) {
			try {
				this.calendar.update(user, id, fairForm.version(), fairForm.toDraft());
				flash.addFlashAttribute("message", "fairs.updated");
				return "redirect:/fairs/" + id;
			}
			catch (FairException ex) {
				ex.rejectOn(result);
			}
		}
		return prepareForm(model, locale, id);
	}

	private void requireEditor(CoopexUser user) {
		if (!this.calendar.mayEdit(user)) {
			throw new AccessDeniedException("Not an editor of the calendar");
		}
	}

	private String prepareForm(Model model, Locale locale, Long id) {
		model.addAttribute("fairId", id);
		List<Choice> countries = new ArrayList<>();
		countries.add(Choice.message("", "fairs.field.country.choose"));
		countries.addAll(this.choices.countries(locale));
		model.addAttribute("countryChoices", countries);
		model.addAttribute("sectorChoices", this.choices.sectors(locale));
		return VIEW_FORM;
	}

}
