package fr.coopex.notifications.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.coopex.notifications.NotificationCenter;
import fr.coopex.shared.security.CoopexUser;

/**
 * The number of unread notifications, shown in the header of every page.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

	private final NotificationCenter center;

	UnreadNotificationsAdvice(NotificationCenter center) {
		this.center = center;
	}

	@ModelAttribute("unreadNotifications")
	Integer unread(@AuthenticationPrincipal Object principal) {
		return principal instanceof CoopexUser user ? this.center.unread(user.id()) : null;
	}

}
