package fr.coopex.accounts.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;

/**
 * The outcome of an action of a page that redirects after it: the success message, or the
 * reason of the refusal, as a flash message.
 */
final class Outcome {

	private Outcome() {
	}

	static void flash(RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", success);
		}
		catch (AccountException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
	}

}
