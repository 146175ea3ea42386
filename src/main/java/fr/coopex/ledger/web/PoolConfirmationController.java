package fr.coopex.ledger.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;

/**
 * Asks a coordinator before removing a cost line or confirming the split, each on a page
 * of its own (no script may ask it: the CSP forbids inline scripts). The actions
 * themselves are the console's ({@link PoolConsoleController}).
 */
@Controller
@RequestMapping("/console/pools/{id:[0-9]+}")
class PoolConfirmationController {

	private static final String VIEW_CONFIRM = "ledger/confirm";

	private final Ledger ledger;

	PoolConfirmationController(Ledger ledger) {
		this.ledger = ledger;
	}

	/** Asks before removing a cost line: what it is and what will happen. */
	@GetMapping("/items/{itemId:[0-9]+}/delete")
	String confirmRemoveItem(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long itemId,
			Model model) {
		PoolView pool = ConsoleGuards.managed(this.ledger, user, id);
		PoolView.Item item = ConsoleGuards.item(pool, itemId);
		model.addAttribute("pool", pool);
		model.addAttribute("item", item);
		model.addAttribute("action", "remove-item");
		return VIEW_CONFIRM;
	}

	/** Asks before confirming the split: every share, and what confirming does. */
	@GetMapping("/post")
	String confirmPost(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		PoolView pool = ConsoleGuards.managed(this.ledger, user, id);
		model.addAttribute("pool", pool);
		model.addAttribute("action", "post");
		return VIEW_CONFIRM;
	}

}
