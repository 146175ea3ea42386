package fr.coopex.ledger.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PaymentDeclarations;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;

/**
 * The console page of a pool and how {@link PoolConsoleController} answers an action on
 * it: a redirect once done, the page again with the reason when refused.
 */
class ConsolePage {

	private static final String VIEW_CONSOLE = "ledger/console";

	private final Ledger ledger;

	private final PaymentDeclarations declarations;

	ConsolePage(Ledger ledger, PaymentDeclarations declarations) {
		this.ledger = ledger;
		this.declarations = declarations;
	}

	/** A form action: binding errors or a refusal show on the form; success redirects. */
	String act(CoopexUser user, long id, BindingResult result, Model model, RedirectAttributes flash, String success,
			Supplier<?> action) {
		PoolView pool = ConsoleGuards.managed(this.ledger, user, id);
		if (!result.hasErrors()) {
			LedgerException ex = attempt(pool, flash, success, action::get);
			if (ex == null || ConsoleGuards.isStale(ex, flash)) {
				return ConsoleGuards.redirect(id);
			}
			ex.rejectOn(result);
			if (ex.field() == null) {
				// also above the forms: the form itself may be hidden (a confirmed pool)
				model.addAttribute("problem", new PoolView.Problem(ex.messageKey(), ex.arguments()));
			}
		}
		return show(user, pool, model);
	}

	/** A one-button action: a refusal shows above the forms. */
	String simple(CoopexUser user, long id, Model model, RedirectAttributes flash, String success, Runnable action) {
		PoolView pool = ConsoleGuards.managed(this.ledger, user, id);
		LedgerException ex = attempt(pool, flash, success, action);
		if (ex == null || ConsoleGuards.isStale(ex, flash)) {
			return ConsoleGuards.redirect(id);
		}
		model.addAttribute("problem", new PoolView.Problem(ex.messageKey(), ex.arguments()));
		return show(user, pool, model);
	}

	/**
	 * Runs an action on the pool: null once done (its success message flashed), else the
	 * refusal with the pool's names in it.
	 */
	static LedgerException attempt(PoolView pool, RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", success);
			return null;
		}
		catch (LedgerException refusal) {
			return refusal.named(pool::nameOf);
		}
	}

	String show(CoopexUser user, PoolView pool, Model model) {
		model.addAttribute("pool", pool);
		model.addAttribute("declarations", this.declarations.ofPool(user, pool.id()));
		ConsoleChoices.forConsole(pool, this.ledger.aidsForSubsidies(), model);
		Map<Long, String> linked = new HashMap<>();
		pool.subsidies()
			.stream()
			.map((s) -> s.draft().catalogueAid())
			.filter(Objects::nonNull)
			.forEach((aidId) -> this.ledger.aidName(aidId).ifPresent((name) -> linked.put(aidId, name)));
		model.addAttribute("subsidyAidNames", linked);
		long version = pool.version();
		model.addAttribute("itemForm", model.containsAttribute("itemForm") ? model.getAttribute("itemForm")
				: ItemForm.blank(version, pool.activeParticipants().size()));
		model.addAttribute("subsidyForm", model.containsAttribute("subsidyForm") ? model.getAttribute("subsidyForm")
				: SubsidyForm.blank(version));
		model.addAttribute("paymentForm", model.containsAttribute("paymentForm") ? model.getAttribute("paymentForm")
				: PaymentForm.blank(version));
		model.addAttribute("cashCallForm", model.containsAttribute("cashCallForm") ? model.getAttribute("cashCallForm")
				: CashCallForm.blank(version));
		return VIEW_CONSOLE;
	}

}
