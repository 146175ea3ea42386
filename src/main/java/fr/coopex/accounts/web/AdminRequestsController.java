package fr.coopex.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.OrganisationRequests;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FlashActions;

/**
 * The admin reviews the requests of coordination bodies and agencies.
 */
@Controller
@RequestMapping("/admin/requests")
class AdminRequestsController {

	private static final String VIEW_LIST = "accounts/admin-requests";

	private final OrganisationRequests requests;

	AdminRequestsController(OrganisationRequests requests) {
		this.requests = requests;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser admin, Model model) {
		return prepare(admin, model);
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal CoopexUser admin, @PathVariable long id, RedirectAttributes flash) {
		FlashActions.run(flash, "accounts.request.approved", () -> this.requests.approve(admin, id));
		return "redirect:/admin/requests";
	}

	@PostMapping("/{id}/refuse")
	String refuse(@AuthenticationPrincipal CoopexUser admin, @PathVariable long id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes flash) {
		try {
			this.requests.refuse(admin, id, reason);
			flash.addFlashAttribute("message", "accounts.request.refused");
			return "redirect:/admin/requests";
		}
		catch (AccountException ex) {
			if (ex.field() == null) {
				flash.addFlashAttribute("error", ex.messageKey());
				return "redirect:/admin/requests";
			}
			model.addAttribute("refusing", id);
			model.addAttribute("reasonError", ex.messageKey());
			model.addAttribute("reason",
					reason == null ? "" : reason.length() > 2000 ? reason.substring(0, 2000) : reason);
			return prepare(admin, model);
		}
	}

	private String prepare(CoopexUser admin, Model model) {
		model.addAttribute("pending", this.requests.pending(admin));
		model.addAttribute("decided", this.requests.decided(admin));
		return VIEW_LIST;
	}

}
