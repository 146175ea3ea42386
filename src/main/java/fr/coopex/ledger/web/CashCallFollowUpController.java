package fr.coopex.ledger.web;

import java.util.List;

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

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.CashCallEvents.Outcome;
import fr.coopex.ledger.CashCallFollowUp;
import fr.coopex.ledger.DefaultOutcomes;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.OverdueLine;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;

/**
 * The coordinators' follow-up of late cash calls in an ecosystem: the overdue lines (of
 * every pool, or one), a reminder sent by hand, and the outcome of a default
 * ({@link ReminderDaysController} sets the reminder days).
 */
@Controller
@RequestMapping("/console/ecosystems/{ecosystemId}/cash-calls")
class CashCallFollowUpController {

	private static final String VIEW_OVERDUE = "ledger/overdue";

	private static final String VIEW_OUTCOME = "ledger/default-outcome";

	private final CashCallFollowUp followUp;

	private final DefaultOutcomes outcomes;

	private final EcosystemManagement ecosystems;

	CashCallFollowUpController(CashCallFollowUp followUp, DefaultOutcomes outcomes, EcosystemManagement ecosystems) {
		this.followUp = followUp;
		this.outcomes = outcomes;
		this.ecosystems = ecosystems;
	}

	@GetMapping
	String showOverdue(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@RequestParam(required = false) Long pool, Model model) {
		List<OverdueLine> lines = this.followUp.overdue(user, ecosystemId, pool);
		model.addAttribute("ecosystem", this.ecosystems.summary(ecosystemId));
		model.addAttribute("lines", lines);
		model.addAttribute("pool", pool);
		model.addAttribute("recorded", this.outcomes.recorded(user, ecosystemId));
		return VIEW_OVERDUE;
	}

	@PostMapping("/{cashCallId}/companies/{companyId}/remind")
	String remindNow(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@PathVariable long cashCallId, @PathVariable long companyId, RedirectAttributes flash) {
		try {
			this.followUp.remindNow(user, ecosystemId, cashCallId, companyId);
			flash.addFlashAttribute("message", "ledger.follow-up.reminded");
		}
		catch (LedgerException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return redirect(ecosystemId);
	}

	@GetMapping("/{cashCallId}/companies/{companyId}/outcome")
	String initOutcome(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@PathVariable long cashCallId, @PathVariable long companyId, Model model) {
		model.addAttribute("defaultOutcomeForm", DefaultOutcomeForm.blank());
		return outcomeForm(user, ecosystemId, cashCallId, companyId, model);
	}

	@PostMapping("/{cashCallId}/companies/{companyId}/outcome")
	String processOutcome(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@PathVariable long cashCallId, @PathVariable long companyId, @Valid DefaultOutcomeForm defaultOutcomeForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		String form = outcomeForm(user, ecosystemId, cashCallId, companyId, model);
		if (result.hasErrors()) {
			return form;
		}
		try {
			if (defaultOutcomeForm.outcome() == Outcome.RESPLIT) {
				this.outcomes.resplit(user, ecosystemId, cashCallId, companyId, defaultOutcomeForm.reason(),
						defaultOutcomeForm.consultationId());
			}
			else {
				this.outcomes.waive(user, ecosystemId, cashCallId, companyId, defaultOutcomeForm.reason());
			}
		}
		catch (LedgerException ex) {
			ex.rejectOn(result);
			return form;
		}
		flash.addFlashAttribute("message", "ledger.default.recorded");
		return redirect(ecosystemId);
	}

	/** The outcome form of a late line (404 when the line is not late and owed). */
	private String outcomeForm(CoopexUser user, long ecosystemId, long cashCallId, long companyId, Model model) {
		OverdueLine line = this.followUp.overdue(user, ecosystemId, null)
			.stream()
			.filter((l) -> l.cashCallId() == cashCallId && l.companyId() == companyId)
			.findFirst()
			.orElseThrow(fr.coopex.ledger.Ledger.PoolNotFoundException::new);
		model.addAttribute("ecosystem", this.ecosystems.summary(ecosystemId));
		model.addAttribute("line", line);
		model.addAttribute("outcomes", Choice.messages(Outcome.values(), "ledger.default.outcome."));
		model.addAttribute("consultations", Choice.of(this.outcomes.adoptedConsultations(user, ecosystemId),
				(c) -> Long.toString(c.consultationId()), (c) -> c.question()));
		return VIEW_OUTCOME;
	}

	static String redirect(long ecosystemId) {
		return "redirect:/console/ecosystems/" + ecosystemId + "/cash-calls";
	}

}
