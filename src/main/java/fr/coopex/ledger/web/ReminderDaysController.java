package fr.coopex.ledger.web;

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

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.CashCallFollowUp;
import fr.coopex.ledger.LedgerException;
import fr.coopex.shared.security.CoopexUser;

/** The coordinators' reminder days of late cash calls in an ecosystem. */
@Controller
@RequestMapping("/console/ecosystems/{ecosystemId}/cash-calls/reminders")
class ReminderDaysController {

	private static final String VIEW_REMINDERS = "ledger/reminder-days";

	private final CashCallFollowUp followUp;

	private final EcosystemManagement ecosystems;

	ReminderDaysController(CashCallFollowUp followUp, EcosystemManagement ecosystems) {
		this.followUp = followUp;
		this.ecosystems = ecosystems;
	}

	@GetMapping
	String initReminderDays(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId, Model model) {
		model.addAttribute("reminderDaysForm", ReminderDaysForm.of(this.followUp.reminderDays(user, ecosystemId)));
		model.addAttribute("ecosystem", this.ecosystems.summary(ecosystemId));
		return VIEW_REMINDERS;
	}

	@PostMapping
	String processReminderDays(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@Valid ReminderDaysForm reminderDaysForm, BindingResult result, Model model, RedirectAttributes flash) {
		this.followUp.reminderDays(user, ecosystemId);
		if (!result.hasErrors()) {
			try {
				this.followUp.setReminderDays(user, ecosystemId, reminderDaysForm.daysBefore(),
						reminderDaysForm.daysAfter());
				flash.addFlashAttribute("message", "ledger.reminders.saved");
				return CashCallFollowUpController.redirect(ecosystemId);
			}
			catch (LedgerException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("ecosystem", this.ecosystems.summary(ecosystemId));
		return VIEW_REMINDERS;
	}

}
