package fr.coopex.fairs.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.fairs.StandManagement;
import fr.coopex.fairs.StandStatus;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FlashActions;

/**
 * Shared stands: the actions on a stand that lead back to its page, a company's
 * cancellation and the coordinator's changes of status and waivers. A refusal, of the
 * stand's rules or of its cost pool in the ledger (a confirmed split, a stand without
 * costs), shows on the page and changes nothing.
 */
@Controller
class StandActionController {

	private final StandManagement stands;

	StandActionController(StandManagement stands) {
		this.stands = stands;
	}

	@PostMapping("/stands/{id:[0-9]+}/booking/cancel")
	String cancel(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes flash) {
		return act(id, flash, "fairs.booking.cancelled", () -> this.stands.cancel(user, id, version));
	}

	@PostMapping("/stands/{id:[0-9]+}/status")
	String changeStatus(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) StandStatus status, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes flash) {
		return act(id, flash, "fairs.stand.status.changed", () -> this.stands.changeStatus(user, id, version, status));
	}

	@PostMapping("/stands/{id:[0-9]+}/bookings/{bookingId:[0-9]+}/waive")
	String waive(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long bookingId,
			RedirectAttributes flash) {
		return act(id, flash, "fairs.booking.waived", () -> this.stands.waive(user, id, bookingId));
	}

	private String act(long id, RedirectAttributes flash, String success, Runnable action) {
		return FlashActions.attempt(flash, success, action, "/stands/" + id);
	}

}
