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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.aids.AidException;
import fr.coopex.aids.ApplicationStatus;
import fr.coopex.aids.ApplicationTracker;
import fr.coopex.aids.ApplicationTracker.ApplicationView;
import fr.coopex.aids.DeMinimisRegister;
import fr.coopex.shared.security.CoopexUser;

/**
 * A company's application tracker: its applications, starting one from an aid's page, and
 * each application's status, amounts, dates, checklist and notes.
 */
@Controller
@RequestMapping("/applications")
class ApplicationController {

	private static final String VIEW_LIST = "aids/applications";

	private static final String VIEW_FORM = "aids/application";

	private final ApplicationTracker tracker;

	private final DeMinimisRegister deMinimis;

	ApplicationController(ApplicationTracker tracker, DeMinimisRegister deMinimis) {
		this.tracker = tracker;
		this.deMinimis = deMinimis;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("applications", this.tracker.list(user));
		return VIEW_LIST;
	}

	@PostMapping
	String start(@AuthenticationPrincipal CoopexUser user, @RequestParam long aidId,
			@RequestParam(defaultValue = "false") boolean acknowledgeClosed, RedirectAttributes flash) {
		long id;
		try {
			id = this.tracker.start(user, aidId, acknowledgeClosed);
		}
		catch (AidException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			return "redirect:/aids/" + aidId;
		}
		flash.addFlashAttribute("message", "aids.application.started");
		return "redirect:/applications/" + id;
	}

	@GetMapping("/{id:[0-9]+}")
	String initUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("applicationForm", ApplicationForm.of(this.tracker.get(user, id)));
		return prepare(user, id, model);
	}

	@PostMapping("/{id:[0-9]+}")
	String processUpdateForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid ApplicationForm applicationForm, BindingResult result, Model model, RedirectAttributes flash) {
		// refused before the form is read, so that nobody else learns anything from it
		this.tracker.get(user, id);
		if (!result.hasErrors()) {
			try {
				this.tracker.update(user, id, applicationForm.toUpdate());
				flash.addFlashAttribute("message", "aids.application.saved");
				return "redirect:/applications/" + id;
			}
			catch (AidException ex) {
				ex.rejectOn(result);
			}
		}
		return prepare(user, id, model);
	}

	private String prepare(CoopexUser user, long id, Model model) {
		ApplicationView tracked = this.tracker.get(user, id);
		model.addAttribute("tracked", tracked);
		// what is asked, not yet granted, would take the firm over its de minimis ceiling
		if (tracked.status() != ApplicationStatus.GRANTED) {
			model.addAttribute("deMinimisWarning",
					this.deMinimis.wouldExceed(user.organisationId(), tracked.aidId(), tracked.amountRequested())
						.orElse(null));
		}
		model.addAttribute("statuses", ApplicationStatus.values());
		return VIEW_FORM;
	}

}
