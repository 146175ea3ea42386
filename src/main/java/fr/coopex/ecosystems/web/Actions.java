package fr.coopex.ecosystems.web;

import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ecosystems.EcosystemException;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FileNames;
import fr.coopex.shared.web.FlashActions;

/** The actions of the ecosystem pages: one-click actions, forms, and PDF downloads. */
final class Actions {

	private Actions() {
	}

	/**
	 * Runs the action and comes back to the ecosystem's page with its success message, or
	 * with the reason it was refused.
	 */
	static String run(long ecosystemId, RedirectAttributes flash, String success, Runnable action) {
		return FlashActions.attempt(flash, success, action, "/ecosystems/" + ecosystemId);
	}

	/**
	 * Runs a form's action when the form is valid and gives its answer (a redirection);
	 * otherwise, or when the service refuses it, the form again, the reason next to its
	 * field.
	 */
	static String submit(BindingResult result, Supplier<String> action, Supplier<String> form) {
		if (!result.hasErrors()) {
			try {
				return action.get();
			}
			catch (EcosystemException ex) {
				ex.rejectOn(result);
			}
		}
		return form.get();
	}

	/**
	 * Refuses anyone but the ecosystem's coordinators, before a form is checked (so that
	 * nobody else gets the form back): 404 for an unknown ecosystem, 403 otherwise.
	 */
	static void requireCoordinator(EcosystemManagement ecosystems, CoopexUser user, long ecosystemId) {
		ecosystems.summary(ecosystemId);
		if (!ecosystems.isCoordinator(user, ecosystemId)) {
			throw new AccessDeniedException("Not a coordinator");
		}
	}

	/** A PDF to download, named after its file name made safe. */
	static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
		String name = FileNames.slug(fileName.replaceAll("(?i)\\.pdf$", "")) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
