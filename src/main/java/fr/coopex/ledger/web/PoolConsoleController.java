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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PaidBy;
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

	PoolConsoleController(Ledger ledger) {
		this.ledger = ledger;
	}

	@ModelAttribute("categories")
	CostCategory[] categories() {
		return CostCategory.values();
	}

	@ModelAttribute("keys")
	AllocationKey[] keys() {
		return AllocationKey.values();
	}

	@ModelAttribute("payers")
	PaidBy[] payers() {
		return PaidBy.values();
	}

	@GetMapping
	String console(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		return show(managed(user, id), model);
	}

	@PostMapping("/items")
	String addItem(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, ItemForm itemForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		return act(user, id, result, model, flash, "ledger.console.added",
				() -> this.ledger.addItem(user, id, seen(itemForm.getVersion()), itemForm.toDraft()));
	}

	@GetMapping("/items/{itemId:[0-9]+}/edit")
	String initItemForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			Model model) {
		PoolView pool = managed(user, id);
		PoolView.Item item = pool.items()
			.stream()
			.filter((i) -> i.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new Ledger.PoolNotFoundException());
		ItemForm form = new ItemForm();
		form.setLabel(item.draft().label());
		form.setCategory(item.draft().category());
		form.setAmount(item.draft().amount());
		form.setVatRate(item.draft().vatRate());
		form.setPaidBy(item.draft().paidBy());
		form.setAdvancedBy(item.draft().advancedBy());
		form.setKey(item.draft().key());
		form.setRestKey(item.draft().restKey());
		form.fixedAmountsOf(item.draft().fixedAmounts());
		form.padFixedAmounts(pool.activeParticipants().size());
		form.setVersion(pool.version());
		model.addAttribute("pool", pool);
		model.addAttribute("itemId", itemId);
		model.addAttribute("itemForm", form);
		return VIEW_ITEM;
	}

	@PostMapping("/items/{itemId:[0-9]+}")
	String processItemForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			ItemForm itemForm, BindingResult result, Model model, RedirectAttributes flash) {
		PoolView pool = managed(user, id);
		if (!result.hasErrors()) {
			try {
				this.ledger.updateItem(user, id, seen(itemForm.getVersion()), itemId, itemForm.toDraft());
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
		model.addAttribute("pool", pool);
		model.addAttribute("itemId", itemId);
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
		PoolView.Item item = pool.items()
			.stream()
			.filter((i) -> i.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new Ledger.PoolNotFoundException());
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
				() -> this.ledger.addSubsidy(user, id, seen(subsidyForm.getVersion()), subsidyForm.toDraft()));
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
				() -> this.ledger.recordPayment(user, id, seen(paymentForm.getVersion()), paymentForm.toDraft()));
	}

	@PostMapping("/cash-calls")
	String callDeposits(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid CashCallForm cashCallForm, BindingResult result, Model model, RedirectAttributes flash) {
		return act(user, id, result, model, flash, "ledger.console.call.recorded",
				() -> this.ledger.callDeposits(user, id, seen(cashCallForm.getVersion()), cashCallForm.getLabel(),
						cashCallForm.getRate(), cashCallForm.getDueOn()));
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
		return show(pool, model);
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
			return show(pool, model);
		}
	}

	/**
	 * The version a form was built on. The forms always carry the real version (zero or
	 * more); anything else, including the ledger's internal "any version" marker, is
	 * refused as stale, so that the double-post guard cannot be turned off from a
	 * request.
	 */
	static long seen(long version) {
		if (version < 0) {
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

	private String show(PoolView pool, Model model) {
		model.addAttribute("pool", pool);
		model.addAttribute("subsidyAids", this.ledger.aidsForSubsidies());
		Map<Long, String> linked = new HashMap<>();
		pool.subsidies()
			.stream()
			.map((s) -> s.draft().catalogueAid())
			.filter(Objects::nonNull)
			.forEach((aidId) -> this.ledger.aidName(aidId).ifPresent((name) -> linked.put(aidId, name)));
		model.addAttribute("subsidyAidNames", linked);
		if (!model.containsAttribute("itemForm")) {
			ItemForm form = new ItemForm();
			form.setVersion(pool.version());
			form.padFixedAmounts(pool.activeParticipants().size());
			model.addAttribute("itemForm", form);
		}
		if (!model.containsAttribute("subsidyForm")) {
			SubsidyForm form = new SubsidyForm();
			form.setVersion(pool.version());
			model.addAttribute("subsidyForm", form);
		}
		if (!model.containsAttribute("paymentForm")) {
			PaymentForm form = new PaymentForm();
			form.setVersion(pool.version());
			model.addAttribute("paymentForm", form);
		}
		if (!model.containsAttribute("cashCallForm")) {
			CashCallForm form = new CashCallForm();
			form.setVersion(pool.version());
			model.addAttribute("cashCallForm", form);
		}
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
