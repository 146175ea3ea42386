package fr.coopex.notifications.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.notifications.NotificationCenter;
import fr.coopex.shared.security.CoopexUser;

/**
 * A person's notifications.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final NotificationCenter center;

	private final AccountManagement accounts;

	NotificationController(NotificationCenter center, AccountManagement accounts) {
		this.center = center;
		this.accounts = accounts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("notifications", this.center.latest(user.id(), 100));
		// each notification's time in the person's own time zone, when they chose one
		model.addAttribute("viewerZone", this.accounts.timeZone(user.id()).orElse(null));
		// shown once as new (in bold), then read
		this.center.markAllRead(user.id());
		model.addAttribute("unreadNotifications", 0);
		return "notifications/list";
	}

	@PostMapping("/read")
	String markAllRead(@AuthenticationPrincipal CoopexUser user) {
		this.center.markAllRead(user.id());
		return "redirect:/notifications";
	}

}
