package fr.coopex.accounts.web;

import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.PersonalAccount;

/**
 * The link of the e-mail sent to a new address, which confirms the change of address.
 */
@Controller
class EmailConfirmationController {

	private final PersonalAccount personal;

	EmailConfirmationController(PersonalAccount personal) {
		this.personal = personal;
	}

	@GetMapping("/account/email/confirm")
	String confirmEmail(@RequestParam(required = false) String token, Locale locale, HttpServletRequest request,
			RedirectAttributes flash) throws ServletException {
		boolean changed = this.personal.confirmEmailChange(token, locale);
		if (changed) {
			request.logout();
		}
		flash.addFlashAttribute(changed ? "message" : "error",
				changed ? "accounts.email.changed" : "accounts.email.invalid-link");
		return changed ? "redirect:/login" : "redirect:/";
	}

}
