package fr.coopex.aids.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.aids.AidException;
import fr.coopex.aids.AidFollowing;
import fr.coopex.shared.security.CoopexUser;

/**
 * Following aids and the weekly digest: save or unsave an aid, the list of followed aids,
 * subscribing, and the one-click unsubscribe link of the digests.
 */
@Controller
@RequestMapping("/aids")
class AidFollowingController {

	private static final String VIEW_SAVED = "aids/saved";

	private static final String VIEW_UNSUBSCRIBED = "aids/unsubscribed";

	private final AidFollowing following;

	AidFollowingController(AidFollowing following) {
		this.following = following;
	}

	@PostMapping("/{id:[0-9]+}/save")
	String save(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean acknowledgeClosed, RedirectAttributes flash) {
		try {
			this.following.save(user, id, acknowledgeClosed);
		}
		catch (AidException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			return "redirect:/aids/" + id;
		}
		flash.addFlashAttribute("message", "aids.saved.done");
		return "redirect:/aids/" + id;
	}

	@PostMapping("/{id:[0-9]+}/unsave")
	String unsave(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		this.following.unsave(user, id);
		flash.addFlashAttribute("message", "aids.saved.removed");
		return "redirect:/aids/" + id;
	}

	@GetMapping("/saved")
	String saved(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("aids", this.following.saved(user));
		model.addAttribute("subscribed", this.following.isSubscribed(user));
		return VIEW_SAVED;
	}

	@PostMapping("/alerts/subscribe")
	String subscribe(@AuthenticationPrincipal CoopexUser user, Locale locale, RedirectAttributes flash) {
		this.following.subscribe(user, locale);
		flash.addFlashAttribute("message", "aids.alerts.subscribed");
		return "redirect:/aids/saved";
	}

	@PostMapping("/alerts/unsubscribe")
	String unsubscribe(@AuthenticationPrincipal CoopexUser user, RedirectAttributes flash) {
		this.following.unsubscribe(user);
		flash.addFlashAttribute("message", "aids.alerts.unsubscribed");
		return "redirect:/aids/saved";
	}

	/** The link of the digests: unsubscribes at once, signed in or not. */
	@GetMapping("/alerts/unsubscribe")
	String unsubscribeByLink(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("done", this.following.unsubscribe(token));
		return VIEW_UNSUBSCRIBED;
	}

}
