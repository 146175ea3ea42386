package fr.coopex.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.SecondFactorManagement;
import fr.coopex.accounts.SignInFlow;
import fr.coopex.shared.security.CoopexUser;

/**
 * A person's own security settings: password, authenticator app, recovery codes.
 */
@Controller
@RequestMapping("/account/security")
@SessionAttributes(AccountSecurityController.PENDING_SECRET)
class AccountSecurityController {

	static final String PENDING_SECRET = "accountPendingTotpSecret";

	private static final String VIEW_SECURITY = "accounts/security";

	private static final String VIEW_SETUP = "accounts/second-factor-setup";

	private static final String VIEW_RECOVERY = "accounts/recovery-codes";

	private static final String REDIRECT_SECURITY = "redirect:/account/security";

	private final AccountManagement accounts;

	private final SecondFactorManagement secondFactor;

	private final SignInFlow flow;

	AccountSecurityController(AccountManagement accounts, SecondFactorManagement secondFactor, SignInFlow flow) {
		this.accounts = accounts;
		this.secondFactor = secondFactor;
		this.flow = flow;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("passwordChangeForm", PasswordChangeForm.withToken(null));
		return showPage(user, model);
	}

	@PostMapping("/password")
	String processPasswordChange(@AuthenticationPrincipal CoopexUser user, @Valid PasswordChangeForm passwordChangeForm,
			BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user.id(), passwordChangeForm.currentPassword(),
						passwordChangeForm.newPassword());
				flash.addFlashAttribute("message", "accounts.password.changed");
				return REDIRECT_SECURITY;
			}
			catch (AccountException ex) {
				ex.rejectOn(result);
			}
		}
		return showPage(user, model);
	}

	@GetMapping("/second-factor")
	String initSetup(@AuthenticationPrincipal CoopexUser user, Model model) {
		var enrolment = this.secondFactor.startEnrolment(user.email());
		model.addAttribute(PENDING_SECRET, enrolment.secret());
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("codeForm", CodeForm.empty());
		model.addAttribute("action", "/account/security/second-factor");
		return VIEW_SETUP;
	}

	@PostMapping("/second-factor")
	String processSetup(@AuthenticationPrincipal CoopexUser user, @ModelAttribute(PENDING_SECRET) String secret,
			@Valid CodeForm codeForm, BindingResult result, Model model, SessionStatus status,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("action", "/account/security/second-factor");
		if (!result.hasErrors()) {
			try {
				var codes = this.secondFactor.confirmEnrolment(user.id(), secret, codeForm.code());
				status.setComplete();
				this.flow.refresh(this.accounts.principal(user.id()), request, response);
				model.addAttribute("codes", codes);
				model.addAttribute("continueUrl", null);
				return VIEW_RECOVERY;
			}
			catch (AccountException ex) {
				result.rejectValue("code", ex.messageKey());
			}
		}
		model.addAttribute("enrolment", this.secondFactor.enrolment(user.email(), secret));
		return VIEW_SETUP;
	}

	@PostMapping("/second-factor/disable")
	String disable(@AuthenticationPrincipal CoopexUser user, @RequestParam(required = false) String password,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		try {
			this.secondFactor.disable(user.id(), password);
			this.flow.refresh(this.accounts.principal(user.id()), request, response);
			flash.addFlashAttribute("message", "accounts.second-factor.disabled");
		}
		catch (AccountException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return REDIRECT_SECURITY;
	}

	@PostMapping("/recovery-codes")
	String renewRecoveryCodes(@AuthenticationPrincipal CoopexUser user, Model model, RedirectAttributes flash) {
		try {
			model.addAttribute("codes", this.secondFactor.renewRecoveryCodes(user.id()));
			model.addAttribute("continueUrl", null);
			return VIEW_RECOVERY;
		}
		catch (AccountException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			return REDIRECT_SECURITY;
		}
	}

	private String showPage(CoopexUser user, Model model) {
		model.addAttribute("account", this.accounts.find(user.id()).orElseThrow());
		model.addAttribute("recoveryCodesLeft", this.secondFactor.remainingRecoveryCodes(user.id()));
		model.addAttribute("secondFactorMandatory", user.role().requiresSecondFactor());
		return VIEW_SECURITY;
	}

}
