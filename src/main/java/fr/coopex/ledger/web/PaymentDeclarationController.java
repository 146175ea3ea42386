package fr.coopex.ledger.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PaymentDeclarations;
import fr.coopex.ledger.PaymentDeclarations.LineToPay;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;

/**
 * A member company declares the payment of one of its cash call lines (its page, reached
 * from the home page and the pool page), and the pool's managers confirm or reject it
 * from the console. A refused declaration comes back with the reason and saves nothing; a
 * form built on an older version of the pool (a second post) is refused as stale.
 */
@Controller
class PaymentDeclarationController {

	private static final String VIEW_FORM = "ledger/declare-payment";

	private final PaymentDeclarations declarations;

	private final Clock clock;

	PaymentDeclarationController(PaymentDeclarations declarations, Clock clock) {
		this.declarations = declarations;
		this.clock = clock;
	}

	@GetMapping("/pools/{id:[0-9]+}/cash-calls/{callId:[0-9]+}/payment")
	String initDeclarationForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable long callId, Model model) {
		LineToPay line = this.declarations.line(user, id, callId);
		model.addAttribute("declarationForm", DeclarationForm.blank(line.poolVersion(),
				LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS))));
		model.addAttribute("line", line);
		return VIEW_FORM;
	}

	@PostMapping("/pools/{id:[0-9]+}/cash-calls/{callId:[0-9]+}/payment")
	String processDeclarationForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable long callId, @Valid DeclarationForm declarationForm, BindingResult result, Model model,
			RedirectAttributes flash) {
		LineToPay line = this.declarations.line(user, id, callId);
		model.addAttribute("line", line);
		if (result.hasErrors()) {
			return VIEW_FORM;
		}
		try {
			this.declarations.declare(user, id, ConsoleGuards.seen(declarationForm.version()), callId,
					user.organisationId(), declarationForm.toDraft());
		}
		catch (LedgerException ex) {
			if ("ledger.stale".equals(ex.messageKey())) {
				flash.addFlashAttribute("error", "ledger.stale");
				return "redirect:/pools/" + id + "/cash-calls/" + callId + "/payment";
			}
			ex.rejectOn(result);
			return VIEW_FORM;
		}
		flash.addFlashAttribute("message", "ledger.declaration.sent");
		return "redirect:/pools/" + id + "/cash-calls/" + callId + "/payment";
	}

	@PostMapping("/console/pools/{id:[0-9]+}/declarations/{declarationId:[0-9]+}/confirm")
	String confirm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long declarationId,
			@RequestParam(defaultValue = "-2") long version, RedirectAttributes flash) {
		try {
			this.declarations.confirm(user, id, asSeen(version), declarationId);
			flash.addFlashAttribute("message", "ledger.declaration.confirmed");
		}
		catch (LedgerException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return redirect(id);
	}

	@PostMapping("/console/pools/{id:[0-9]+}/declarations/{declarationId:[0-9]+}/reject")
	String reject(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long declarationId,
			@RequestParam(defaultValue = "-2") long version, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		try {
			this.declarations.reject(user, id, asSeen(version), declarationId, reason);
			flash.addFlashAttribute("message", "ledger.declaration.rejected");
		}
		catch (LedgerException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return redirect(id);
	}

	/**
	 * The version a decision was built on, for the service to check after it has checked
	 * who asks (so that a refused person is told 403 or 404 first): anything but a real
	 * version, the ledger's "any version" marker included, is a version no pool has.
	 */
	private static long asSeen(long version) {
		return (version < 0) ? -2 : version;
	}

	private static String redirect(long id) {
		return "redirect:/console/pools/" + id + "#declarations";
	}

}
