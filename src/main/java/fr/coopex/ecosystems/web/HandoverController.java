package fr.coopex.ecosystems.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ecosystems.CoordinationHandover;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * Handing coordination over: the coordinators propose (and may withdraw) from the
 * ecosystem's page; the organisation named answers on the proposal's page.
 */
@Controller
class HandoverController {

	private static final String VIEW_HANDOVER = "ecosystems/handover";

	/** No organisation has this id. */
	private static final long NONE = -1;

	private final CoordinationHandover handovers;

	HandoverController(CoordinationHandover handovers) {
		this.handovers = handovers;
	}

	@PostMapping("/console/ecosystems/{id:[0-9]+}/handover")
	String propose(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String message,
			RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.handover.proposed", () -> this.handovers.propose(user, id,
				organisationId == null ? NONE : organisationId, Text.cut(message, 1000)));
	}

	@PostMapping("/console/ecosystems/{id:[0-9]+}/handover/withdraw")
	String withdraw(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.handover.withdrawn", () -> this.handovers.withdraw(user, id));
	}

	/** The pending proposal, for the organisation it names and the coordinators. */
	@GetMapping("/ecosystems/{id:[0-9]+}/handover")
	String show(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("handover", this.handovers.proposal(user, id));
		return VIEW_HANDOVER;
	}

	@PostMapping("/ecosystems/{id:[0-9]+}/handover/accept")
	String accept(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.handover.accepted", () -> this.handovers.accept(user, id));
	}

	@PostMapping("/ecosystems/{id:[0-9]+}/handover/decline")
	String decline(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.handover.declined", () -> this.handovers.decline(user, id));
	}

}
