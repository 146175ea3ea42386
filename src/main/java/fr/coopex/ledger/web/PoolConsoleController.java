package fr.coopex.ledger.web;

import java.math.BigDecimal;

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

import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PaymentDeclarations;
import fr.coopex.shared.security.CoopexUser;

/**
 * The coordinator's console of a pool and its actions: cost items, subsidies, keys,
 * posting, payments and cash calls (a cost item's own page is
 * {@link PoolItemController}'s, the pages that ask before removing a line or confirming
 * the split are {@link PoolConfirmationController}'s). Every form carries the version of
 * the pool it was built on: a form built on an older version is refused with a "changed
 * meanwhile" message. A refused form comes back with the reason next to its field, and
 * nothing changes.
 */
@Controller
@RequestMapping("/console/pools/{id:[0-9]+}")
class PoolConsoleController {

	private final Ledger ledger;

	private final ConsolePage page;

	PoolConsoleController(Ledger ledger, PaymentDeclarations declarations) {
		this.ledger = ledger;
		this.page = new ConsolePage(ledger, declarations);
	}

	@GetMapping
	String console(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		return this.page.show(user, ConsoleGuards.managed(this.ledger, user, id), model);
	}

	@PostMapping("/items")
	String addItem(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, ItemForm itemForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		return this.page.act(user, id, result, model, flash, "ledger.console.added",
				() -> this.ledger.addItem(user, id, ConsoleGuards.seen(itemForm.version()), itemForm.toDraft()));
	}

	@PostMapping("/items/{itemId:[0-9]+}/delete")
	String removeItem(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return this.page.simple(user, id, model, flash, "ledger.console.removed",
				() -> this.ledger.removeItem(user, id, ConsoleGuards.seen(version), itemId));
	}

	@PostMapping("/subsidies")
	String addSubsidy(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, SubsidyForm subsidyForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		return this.page.act(user, id, result, model, flash, "ledger.console.updated", () -> this.ledger
			.addSubsidy(user, id, ConsoleGuards.seen(subsidyForm.version()), subsidyForm.toDraft()));
	}

	@PostMapping("/subsidies/{subsidyId:[0-9]+}/delete")
	String removeSubsidy(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long subsidyId,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return this.page.simple(user, id, model, flash, "ledger.console.removed",
				() -> this.ledger.removeSubsidy(user, id, ConsoleGuards.seen(version), subsidyId));
	}

	@PostMapping("/key")
	String changeKey(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) AllocationKey defaultKey, @RequestParam(defaultValue = "-2") long version,
			Model model, RedirectAttributes flash) {
		return this.page.simple(user, id, model, flash, "ledger.console.updated",
				() -> this.ledger.changeKey(user, id, ConsoleGuards.seen(version), defaultKey));
	}

	@PostMapping("/participants/{companyId:[0-9]+}")
	String setKeys(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long companyId,
			@RequestParam(required = false) BigDecimal area, @RequestParam(required = false) BigDecimal weight,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return this.page.simple(user, id, model, flash, "ledger.console.updated",
				() -> this.ledger.setKeys(user, id, ConsoleGuards.seen(version), companyId, area, weight));
	}

	@PostMapping("/post")
	String post(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return this.page.simple(user, id, model, flash, "ledger.console.posted",
				() -> this.ledger.post(user, id, ConsoleGuards.seen(version)));
	}

	@PostMapping("/reopen")
	String reopen(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return this.page.simple(user, id, model, flash, "ledger.console.reopened",
				() -> this.ledger.reopen(user, id, ConsoleGuards.seen(version)));
	}

	@PostMapping("/payments")
	String recordPayment(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid PaymentForm paymentForm, BindingResult result, Model model, RedirectAttributes flash) {
		return this.page.act(user, id, result, model, flash, "ledger.console.payment.recorded", () -> this.ledger
			.recordPayment(user, id, ConsoleGuards.seen(paymentForm.version()), paymentForm.toDraft()));
	}

	@PostMapping("/cash-calls")
	String callDeposits(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid CashCallForm cashCallForm, BindingResult result, Model model, RedirectAttributes flash) {
		return this.page.act(user, id, result, model, flash, "ledger.console.call.recorded",
				() -> this.ledger.callDeposits(user, id, ConsoleGuards.seen(cashCallForm.version()),
						cashCallForm.label(), cashCallForm.rate(), cashCallForm.dueOn()));
	}

}
