package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
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
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PaymentDeclarations;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;

/**
 * The coordinator's screens of a pool: cost items, subsidies, keys, posting, payments and
 * cash calls. Every form carries the version of the pool it was built on: a form built on
 * an older version is refused with a "changed meanwhile" message. A refused form comes
 * back with the reason next to its field, and nothing changes.
 */
@Controller
@RequestMapping("/console/pools/{id:[0-9]+}")
class PoolConsoleController {

	private static final String VIEW_CONSOLE = "ledger/console";

	private static final String VIEW_ITEM = "ledger/item-form";

	private static final String VIEW_CONFIRM = "ledger/confirm";

	private final Ledger ledger;

	private final PaymentDeclarations declarations;

	PoolConsoleController(Ledger ledger, PaymentDeclarations declarations) {
		this.ledger = ledger;
		this.declarations = declarations;
	}

	@GetMapping
	String console(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		return show(user, managed(user, id), model);
	}

	@PostMapping("/items")
	String addItem(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, ItemForm itemForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		return act(user, id, result, model, flash, "ledger.console.added",
				() -> this.ledger.addItem(user, id, seen(itemForm.version()), itemForm.toDraft()));
	}

	@GetMapping("/items/{itemId:[0-9]+}/edit")
	String initItemForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			Model model) {
		PoolView pool = managed(user, id);
		PoolView.Item item = item(pool, itemId);
		ItemForm form = ItemForm.of(item.draft(), pool.version(), pool.activeParticipants().size());
		model.addAttribute("itemForm", form);
		return itemView(pool, itemId, model);
	}

	@PostMapping("/items/{itemId:[0-9]+}")
	String processItemForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			ItemForm itemForm, BindingResult result, Model model, RedirectAttributes flash) {
		PoolView pool = managed(user, id);
		if (!result.hasErrors()) {
			try {
				this.ledger.updateItem(user, id, seen(itemForm.version()), itemId, itemForm.toDraft());
				flash.addFlashAttribute("message", "ledger.console.updated");
				return redirect(id);
			}
			catch (LedgerException refusal) {
				LedgerException ex = refusal.named(pool::nameOf);
				if (isStale(ex, id, flash)) {
					return redirect(id);
				}
				ex.rejectOn(result);
			}
		}
		return itemView(pool, itemId, model);
	}

	private static PoolView.Item item(PoolView pool, long itemId) {
		return pool.items()
			.stream()
			.filter((i) -> i.id() == itemId)
			.findFirst()
			.orElseThrow(Ledger.PoolNotFoundException::new);
	}

	private static String itemView(PoolView pool, long itemId, Model model) {
		model.addAttribute("pool", pool);
		model.addAttribute("itemId", itemId);
		ConsoleChoices.forItems(pool, model);
		return VIEW_ITEM;
	}

	/**
	 * Asks before removing a cost line: what it is and what will happen, on a page of its
	 * own (no script may ask it: the CSP forbids inline scripts).
	 */
	@GetMapping("/items/{itemId:[0-9]+}/delete")
	String confirmRemoveItem(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			Model model) {
		PoolView pool = managed(user, id);
		PoolView.Item item = item(pool, itemId);
		model.addAttribute("pool", pool);
		model.addAttribute("item", item);
		model.addAttribute("action", "remove-item");
		return VIEW_CONFIRM;
	}

	/** Asks before confirming the split: every share, and what confirming does. */
	@GetMapping("/post")
	String confirmPost(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		PoolView pool = managed(user, id);
		model.addAttribute("pool", pool);
		model.addAttribute("action", "post");
		return VIEW_CONFIRM;
	}

	@PostMapping("/items/{itemId:[0-9]+}/delete")
	String removeItem(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return simple(user, id, model, flash, "ledger.console.removed",
				() -> this.ledger.removeItem(user, id, seen(version), itemId));
	}

	@PostMapping("/subsidies")
	String addSubsidy(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, SubsidyForm subsidyForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		return act(user, id, result, model, flash, "ledger.console.updated",
				() -> this.ledger.addSubsidy(user, id, seen(subsidyForm.version()), subsidyForm.toDraft()));
	}

	@PostMapping("/subsidies/{subsidyId:[0-9]+}/delete")
	String removeSubsidy(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long subsidyId,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return simple(user, id, model, flash, "ledger.console.removed",
				() -> this.ledger.removeSubsidy(user, id, seen(version), subsidyId));
	}

	@PostMapping("/key")
	String changeKey(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) AllocationKey defaultKey, @RequestParam(defaultValue = "-2") long version,
			Model model, RedirectAttributes flash) {
		return simple(user, id, model, flash, "ledger.console.updated",
				() -> this.ledger.changeKey(user, id, seen(version), defaultKey));
	}

	@PostMapping("/participants/{companyId:[0-9]+}")
	String setKeys(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long companyId,
			@RequestParam(required = false) BigDecimal area, @RequestParam(required = false) BigDecimal weight,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return simple(user, id, model, flash, "ledger.console.updated",
				() -> this.ledger.setKeys(user, id, seen(version), companyId, area, weight));
	}

	@PostMapping("/post")
	String post(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return simple(user, id, model, flash, "ledger.console.posted", () -> this.ledger.post(user, id, seen(version)));
	}

	@PostMapping("/reopen")
	String reopen(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-2") long version, Model model, RedirectAttributes flash) {
		return simple(user, id, model, flash, "ledger.console.reopened",
				() -> this.ledger.reopen(user, id, seen(version)));
	}

	@PostMapping("/payments")
	String recordPayment(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid PaymentForm paymentForm, BindingResult result, Model model, RedirectAttributes flash) {
		return act(user, id, result, model, flash, "ledger.console.payment.recorded",
				() -> this.ledger.recordPayment(user, id, seen(paymentForm.version()), paymentForm.toDraft()));
	}

	@PostMapping("/cash-calls")
	String callDeposits(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid CashCallForm cashCallForm, BindingResult result, Model model, RedirectAttributes flash) {
		return act(user, id, result, model, flash, "ledger.console.call.recorded", () -> this.ledger.callDeposits(user,
				id, seen(cashCallForm.version()), cashCallForm.label(), cashCallForm.rate(), cashCallForm.dueOn()));
	}

	/** A form action: binding errors or a refusal show on the form; success redirects. */
	private String act(CoopexUser user, long id, BindingResult result, Model model, RedirectAttributes flash,
			String success, Supplier<?> action) {
		PoolView pool = managed(user, id);
		if (!result.hasErrors()) {
			try {
				action.get();
				flash.addFlashAttribute("message", success);
				return redirect(id);
			}
			catch (LedgerException refusal) {
				LedgerException ex = refusal.named(pool::nameOf);
				if (isStale(ex, id, flash)) {
					return redirect(id);
				}
				ex.rejectOn(result);
				if (ex.field() == null) {
					// also above the forms: the form itself may be hidden (a confirmed
					// pool)
					model.addAttribute("problem", new PoolView.Problem(ex.messageKey(), ex.arguments()));
				}
			}
		}
		return show(user, pool, model);
	}

	/** A one-button action: a refusal shows above the forms. */
	private String simple(CoopexUser user, long id, Model model, RedirectAttributes flash, String success,
			Runnable action) {
		PoolView pool = managed(user, id);
		try {
			action.run();
			flash.addFlashAttribute("message", success);
			return redirect(id);
		}
		catch (LedgerException refusal) {
			LedgerException ex = refusal.named(pool::nameOf);
			if (isStale(ex, id, flash)) {
				return redirect(id);
			}
			model.addAttribute("problem", new PoolView.Problem(ex.messageKey(), ex.arguments()));
			return show(user, pool, model);
		}
	}

	/**
	 * The version a form was built on. The forms always carry the real version (zero or
	 * more); anything else, including the ledger's internal "any version" marker, is
	 * refused as stale, so that the double-post guard cannot be turned off from a
	 * request.
	 */
	static long seen(Long version) {
		if (version == null || version < 0) {
			throw new LedgerException(null, "ledger.stale");
		}
		return version;
	}

	private static boolean isStale(LedgerException ex, long id, RedirectAttributes flash) {
		if ("ledger.stale".equals(ex.messageKey())) {
			flash.addFlashAttribute("error", "ledger.stale");
			return true;
		}
		return false;
	}

	private String show(CoopexUser user, PoolView pool, Model model) {
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

	/** The pool, for its managers: 404 for those who may not see it, 403 for members. */
	private PoolView managed(CoopexUser user, long id) {
		PoolView pool = this.ledger.pool(user, id);
		if (!pool.manager()) {
			throw new AccessDeniedException("Not a manager of pool " + id);
		}
		return pool;
	}

	private static String redirect(long id) {
		return "redirect:/console/pools/" + id;
	}

}
