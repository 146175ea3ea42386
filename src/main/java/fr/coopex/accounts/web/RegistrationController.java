package fr.coopex.accounts.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.AccountManagement.CompanySignUp;
import fr.coopex.accounts.SignUps;

/**
 * Sign-up of an SME manager with their company; they then sign in with their new account.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

	private static final String VIEW_FORM = "accounts/register";

	private final SignUps accounts;

	RegistrationController(SignUps accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String initRegistrationForm(Model model) {
		model.addAttribute("registrationForm", RegistrationForm.empty());
		return VIEW_FORM;
	}

	/**
	 * Answers the same whether the e-mail already has an account or not: the account
	 * (when new) is created and the person signs in with it; an e-mail tells the owner of
	 * an address that already has one.
	 */
	@PostMapping
	String processRegistrationForm(@Valid RegistrationForm registrationForm, BindingResult result, Locale locale,
			RedirectAttributes flash) {
		if (result.hasErrors()) {
			return VIEW_FORM;
		}
		try {
			this.accounts.signUp(
					new CompanySignUp(registrationForm.displayName(), registrationForm.email(),
							registrationForm.password(), registrationForm.legalName(), registrationForm.siren()),
					locale);
		}
		catch (AccountException ex) {
			ex.rejectOn(result);
			return VIEW_FORM;
		}
		flash.addFlashAttribute("message", "accounts.register.sent");
		return "redirect:/login";
	}

}
