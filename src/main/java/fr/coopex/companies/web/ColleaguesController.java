package fr.coopex.companies.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AcceptInvitationForm;
import fr.coopex.accounts.SignInFlow;
import fr.coopex.companies.Colleagues;
import fr.coopex.companies.CompanyException;
import fr.coopex.shared.security.CoopexUser;

/**
 * Colleagues: invitations sent by a member, and the page an invitation link opens.
 */
@Controller
class ColleaguesController {

	private static final String VIEW_LIST = "companies/colleagues";

	private static final String VIEW_ACCEPT = "companies/invitation";

	private final Colleagues colleagues;

	private final SignInFlow flow;

	ColleaguesController(Colleagues colleagues, SignInFlow flow) {
		this.colleagues = colleagues;
		this.flow = flow;
	}

	public static class InviteForm {

		@NotBlank
		@Email
		@Size(max = 254)
		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	@GetMapping("/account/company/colleagues")
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("inviteForm", new InviteForm());
		return prepare(user, model);
	}

	@PostMapping("/account/company/colleagues")
	String invite(@AuthenticationPrincipal CoopexUser user, @Valid InviteForm inviteForm, BindingResult result,
			Model model, Locale locale, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.colleagues.invite(user, inviteForm.getEmail(), locale);
				flash.addFlashAttribute("message", "companies.colleagues.invited");
				return "redirect:/account/company/colleagues";
			}
			catch (CompanyException ex) {
				result.rejectValue("email", ex.messageKey());
			}
		}
		return prepare(user, model);
	}

	@GetMapping("/invitations/{token}")
	String initAccept(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", this.colleagues.invitation(token).orElse(null));
		model.addAttribute("acceptForm", AcceptInvitationForm.empty());
		return VIEW_ACCEPT;
	}

	@PostMapping("/invitations/{token}")
	String processAccept(@PathVariable String token,
			@Valid @ModelAttribute("acceptForm") AcceptInvitationForm acceptForm, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", this.colleagues.invitation(token).orElse(null));
		if (result.hasErrors()) {
			return VIEW_ACCEPT;
		}
		try {
			CoopexUser colleague = this.colleagues.accept(token, acceptForm.displayName(), acceptForm.password());
			this.flow.signInDirectly(colleague, request, response);
			flash.addFlashAttribute("message", "companies.invitation.accepted");
			return "redirect:/";
		}
		catch (CompanyException ex) {
			if (ex.field() == null) {
				result.reject(ex.messageKey());
			}
			else {
				result.rejectValue(ex.field().equals("password") ? "password" : "displayName", ex.messageKey());
			}
			return VIEW_ACCEPT;
		}
	}

	private String prepare(CoopexUser user, Model model) {
		model.addAttribute("colleagues", this.colleagues.of(user));
		model.addAttribute("pending", this.colleagues.pending(user));
		return VIEW_LIST;
	}

}
