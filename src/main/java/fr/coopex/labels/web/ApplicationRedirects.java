package fr.coopex.labels.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.labels.LabelException;

/** Runs an action on an application and goes back to its page with a message. */
final class ApplicationRedirects {

	private ApplicationRedirects() {
	}

	/**
	 * Runs the action; back on the application's page with its message or the refusal.
	 */
	static String act(long id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", done);
		}
		catch (LabelException.Conflict | ObjectOptimisticLockingFailureException ex) {
			flash.addFlashAttribute("error", "labels.conflict");
		}
		catch (LabelException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			if (ex.arguments() != null && ex.arguments().length > 0) {
				flash.addFlashAttribute("errorArguments", java.util.Arrays.asList(ex.arguments()));
			}
		}
		return "redirect:/labels/applications/" + id;
	}

}
