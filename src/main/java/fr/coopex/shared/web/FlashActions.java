package fr.coopex.shared.web;

import java.util.Arrays;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One-button actions answered by a redirect: the action's success message, or the reason
 * a service refused it (with the values it names), as flash attributes for the next page.
 */
public final class FlashActions {

	private FlashActions() {
	}

	/**
	 * Runs the action and redirects to the page, which shows its message or its refusal.
	 * @param redirect the path of the page to go back to
	 */
	public static String attempt(RedirectAttributes flash, String success, Runnable action, String redirect) {
		run(flash, success, action);
		return "redirect:" + redirect;
	}

	/** Runs the action and keeps its success message, or the reason it was refused. */
	public static void run(RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", success);
		}
		catch (FieldException ex) {
			// a refusal of the module or of one it calls (the ledger): a message, not an
			// error page
			flash.addFlashAttribute("error", ex.messageKey());
			Object[] arguments = ex.arguments();
			if (arguments.length > 0) {
				// strings, for the session that keeps flash attributes
				flash.addFlashAttribute("errorArguments",
						Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
			}
		}
	}

}
