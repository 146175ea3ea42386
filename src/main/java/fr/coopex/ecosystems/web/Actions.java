package fr.coopex.ecosystems.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ecosystems.EcosystemException;

/** The one-click actions on an ecosystem's page, which come back to it. */
final class Actions {

	private Actions() {
	}

	/**
	 * Runs the action and comes back to the ecosystem's page with its success message, or
	 * with the reason it was refused.
	 */
	static String run(long ecosystemId, RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", success);
		}
		catch (EcosystemException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/ecosystems/" + ecosystemId;
	}

}
