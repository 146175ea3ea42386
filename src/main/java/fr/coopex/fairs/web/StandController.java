package fr.coopex.fairs.web;

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

import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandPage;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;
import fr.coopex.shared.web.FieldException;

/**
 * Shared stands: the coordinator's forms that open a stand and edit it (each stand's page
 * and booking: {@link StandPageController}; the actions on it:
 * {@link StandActionController}). The service checks who may see and do what.
 */
@Controller
class StandController {

	private static final String VIEW_FORM = "fairs/stand-form";

	private final StandManagement stands;

	private final FairCalendar calendar;

	StandController(StandManagement stands, FairCalendar calendar) {
		this.stands = stands;
		this.calendar = calendar;
	}

	@GetMapping("/stands/new")
	String initCreationForm(@AuthenticationPrincipal CoopexUser user, @RequestParam long fair, Model model) {
		model.addAttribute("standForm", StandForm.at(fair));
		return prepareForm(user, model, null, fair);
	}

	@PostMapping("/stands/new")
	String processCreationForm(@AuthenticationPrincipal CoopexUser user, @Valid StandForm standForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		if (standForm.fairId() == null) {
			throw new AccessDeniedException("No fair");
		}
		String view = prepareForm(user, model, null, standForm.fairId());
		if (standForm.ecosystemId() == null && !result.hasFieldErrors("ecosystemId")) {
			result.rejectValue("ecosystemId", "NotNull");
		}
		if (!result.hasErrors()) {
			try {
				long id = this.stands.open(user, standForm.fairId(), standForm.ecosystemId(), standForm.toDraft());
				flash.addFlashAttribute("message", "fairs.stand.opened");
				return "redirect:/stands/" + id;
			}
			catch (FieldException ex) {
				ex.rejectOn(result);
			}
		}
		return view;
	}

	@GetMapping("/stands/{id:[0-9]+}/edit")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		StandPage page = requireCoordinator(user, id);
		model.addAttribute("standForm", StandForm.of(page));
		model.addAttribute("page", page);
		return prepareForm(user, model, id, page.stand().fairId());
	}

	@PostMapping("/stands/{id:[0-9]+}/edit")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid StandForm standForm, BindingResult result, Model model, RedirectAttributes flash) {
		StandPage page = requireCoordinator(user, id);
		model.addAttribute("page", page);
		if (standForm.version() == null) {
			result.reject("fairs.stand.changed-meanwhile");
		}
		if (!result.hasErrors()) {
			try {
				this.stands.update(user, id, standForm.version(), standForm.toDraft());
				flash.addFlashAttribute("message", "fairs.stand.updated");
				return "redirect:/stands/" + id;
			}
			catch (FieldException ex) {
				ex.rejectOn(result);
			}
		}
		return prepareForm(user, model, id, page.stand().fairId());
	}

	private StandPage requireCoordinator(CoopexUser user, long id) {
		StandPage page = this.stands.page(user, id);
		if (!page.coordinator()) {
			throw new AccessDeniedException("Not a coordinator of the stand");
		}
		return page;
	}

	private String prepareForm(CoopexUser user, Model model, Long standId, long fairId) {
		var fair = this.calendar.find(fairId);
		if (standId == null) {
			var ecosystems = this.stands.ecosystemsToOpenIn(user);
			if (ecosystems.isEmpty()) {
				throw new AccessDeniedException("Coordinates no ecosystem");
			}
			model.addAttribute("ecosystemChoices",
					Choice.of(ecosystems, (e) -> Long.toString(e.id()), EcosystemSummary::name));
		}
		model.addAttribute("fair", fair);
		model.addAttribute("standId", standId);
		return VIEW_FORM;
	}

}
