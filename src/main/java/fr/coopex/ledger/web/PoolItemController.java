package fr.coopex.ledger.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;

/**
 * The coordinator's page that changes one cost item of a pool. Its form carries the
 * version of the pool it was built on, as the console's forms do.
 */
@Controller
@RequestMapping("/console/pools/{id:[0-9]+}")
class PoolItemController {

	private static final String VIEW_ITEM = "ledger/item-form";

	private final Ledger ledger;

	PoolItemController(Ledger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/items/{itemId:[0-9]+}/edit")
	String initItemForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			Model model) {
		PoolView pool = ConsoleGuards.managed(this.ledger, user, id);
		PoolView.Item item = ConsoleGuards.item(pool, itemId);
		ItemForm form = ItemForm.of(item.draft(), pool.version(), pool.activeParticipants().size());
		model.addAttribute("itemForm", form);
		return itemView(pool, itemId, model);
	}

	@PostMapping("/items/{itemId:[0-9]+}")
	String processItemForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			ItemForm itemForm, BindingResult result, Model model, RedirectAttributes flash) {
		PoolView pool = ConsoleGuards.managed(this.ledger, user, id);
		if (!result.hasErrors()) {
			LedgerException ex = ConsolePage.attempt(pool, flash, "ledger.console.updated", () -> this.ledger
				.updateItem(user, id, ConsoleGuards.seen(itemForm.version()), itemId, itemForm.toDraft()));
			if (ex == null || ConsoleGuards.isStale(ex, flash)) {
				return ConsoleGuards.redirect(id);
			}
			ex.rejectOn(result);
		}
		return itemView(pool, itemId, model);
	}

	private static String itemView(PoolView pool, long itemId, Model model) {
		model.addAttribute("pool", pool);
		model.addAttribute("itemId", itemId);
		ConsoleChoices.forItems(pool, model);
		return VIEW_ITEM;
	}

}
