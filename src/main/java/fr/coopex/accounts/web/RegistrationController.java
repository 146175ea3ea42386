package fr.coopex.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountManagement.CompanySignUp;
import fr.coopex.accounts.SignInFlow;
import fr.coopex.shared.security.CoopexUser;

/**
 * Sign-up of an SME manager with their company; they are signed in straight away.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

	private static final String VIEW_FORM = "accounts/register";

	private final AccountManagement accounts;

	private final SignInFlow flow;

	RegistrationController(AccountManagement accounts, SignInFlow flow) {
		this.accounts = accounts;
		this.flow = flow;
	}

	@GetMapping
	String initRegistrationForm(Model model) {
		model.addAttribute("registrationForm", new RegistrationForm());
		return VIEW_FORM;
	}

	@PostMapping
	String processRegistrationForm(@Valid RegistrationForm registrationForm, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return VIEW_FORM;
		}
		try {
			CoopexUser user = this.accounts
				.register(new CompanySignUp(registrationForm.getDisplayName(), registrationForm.getEmail(),
						registrationForm.getPassword(), registrationForm.getLegalName(), registrationForm.getSiren()));
			this.flow.signInDirectly(user, request, response);
		}
		catch (AccountException ex) {
			ex.rejectOn(result);
			return VIEW_FORM;
		}
		flash.addFlashAttribute("message", "accounts.register.done");
		return "redirect:/";
	}

}
