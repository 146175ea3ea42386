package fr.coopex.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AcceptInvitationForm;
import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.Invitations;
import fr.coopex.accounts.Invitations.InvitationView;
import fr.coopex.accounts.SignInFlow;
import fr.coopex.shared.security.CoopexUser;

/**
 * The page an invitation link opens: set a name and a password; an expired link offers a
 * new one. Agency officers and admins set up their second factor before anything else.
 */
@Controller
class InvitationController {

	private static final String VIEW = "accounts/invitation";

	private final Invitations invitations;

	private final SignInFlow flow;

	InvitationController(Invitations invitations, SignInFlow flow) {
		this.invitations = invitations;
		this.flow = flow;
	}

	@GetMapping("/invite/{token}")
	String initAccept(@PathVariable String token, Model model) {
		model.addAttribute("acceptForm", AcceptInvitationForm.empty());
		return prepare(token, model);
	}

	@PostMapping("/invite/{token}")
	String processAccept(@PathVariable String token,
			@Valid @ModelAttribute("acceptForm") AcceptInvitationForm acceptForm, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		InvitationView invitation = this.invitations.look(token);
		if (result.hasErrors() || invitation.status() != Invitations.Status.VALID) {
			return prepare(token, model);
		}
		try {
			CoopexUser user = this.invitations.accept(token, acceptForm.displayName().strip(), acceptForm.password());
			if (user.needsSecondFactor()) {
				this.flow.requireSecondFactor(user, request, response);
				return "redirect:/login/second-factor/setup";
			}
			this.flow.signInDirectly(user, request, response);
			flash.addFlashAttribute("message", "accounts.invitation.accepted");
			return "redirect:/";
		}
		catch (AccountException ex) {
			if ("email".equals(ex.field())) {
				result.reject(ex.messageKey());
			}
			else {
				ex.rejectOn(result);
			}
			return prepare(token, model);
		}
	}

	@PostMapping("/invite/{token}/renew")
	String renew(@PathVariable String token, Locale locale, RedirectAttributes flash) {
		boolean sent = this.invitations.renew(token, locale);
		flash.addFlashAttribute(sent ? "message" : "error",
				sent ? "accounts.invitation.renewed" : "accounts.invitation.not-renewed");
		return "redirect:/";
	}

	private String prepare(String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", this.invitations.look(token));
		return VIEW;
	}

}
