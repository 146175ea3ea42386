package fr.coopex.accounts.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.PasswordResets;
import fr.coopex.shared.mail.MailGateway.MailDeliveryException;

/**
 * Forgotten password: a single-use link by e-mail, valid 30 minutes.
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

	private static final Logger log = LoggerFactory.getLogger(PasswordResetController.class);

	private static final String VIEW_FORGOT = "accounts/password-forgot";

	private static final String VIEW_RESET = "accounts/password-reset";

	private final PasswordResets accounts;

	PasswordResetController(PasswordResets accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/forgot")
	String initForgotForm(Model model) {
		model.addAttribute("forgotPasswordForm", ForgotPasswordForm.empty());
		return VIEW_FORGOT;
	}

	@PostMapping("/forgot")
	String processForgotForm(@Valid ForgotPasswordForm forgotPasswordForm, BindingResult result, Locale locale,
			RedirectAttributes flash) {
		if (result.hasErrors()) {
			return VIEW_FORGOT;
		}
		try {
			this.accounts.requestPasswordReset(forgotPasswordForm.email(), locale);
		}
		catch (MailDeliveryException ex) {
			log.error("Password reset e-mail not sent", ex);
			result.reject("accounts.reset.mail-failed");
			return VIEW_FORGOT;
		}
		catch (AccountException ex) {
			ex.rejectOn(result);
			return VIEW_FORGOT;
		}
		flash.addFlashAttribute("message", "accounts.reset.sent");
		return "redirect:/login";
	}

	@GetMapping("/reset")
	String initResetForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("passwordChangeForm", PasswordChangeForm.withToken(token));
		model.addAttribute("tokenValid", this.accounts.isResetTokenValid(token));
		return VIEW_RESET;
	}

	@PostMapping("/reset")
	String processResetForm(@Valid PasswordChangeForm passwordChangeForm, BindingResult result, Model model,
			RedirectAttributes flash) {
		model.addAttribute("tokenValid", this.accounts.isResetTokenValid(passwordChangeForm.token()));
		if (result.hasErrors()) {
			return VIEW_RESET;
		}
		try {
			this.accounts.resetPassword(passwordChangeForm.token(), passwordChangeForm.newPassword());
		}
		catch (AccountException ex) {
			ex.rejectOn(result);
			return VIEW_RESET;
		}
		flash.addFlashAttribute("message", "accounts.reset.done");
		return "redirect:/login";
	}

}
