package fr.coopex.accounts.web;

import jakarta.validation.Valid;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.SecondFactorManagement;
import fr.coopex.accounts.SignInFlow;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.SecondFactorPending;

/**
 * The sign-in page, and the one-time code step (with the enrolment of an app when the
 * account must have one and has none yet). Spring Security processes the password form
 * itself.
 */
@Controller
@SessionAttributes(SignInController.PENDING_SECRET)
class SignInController {

	static final String PENDING_SECRET = "pendingTotpSecret";

	private static final String PROVEN_BY_ENROLMENT = "secondFactorProvenByEnrolment";

	private static final String VIEW_LOGIN = "accounts/login";

	private static final String VIEW_CODE = "accounts/second-factor";

	private static final String VIEW_SETUP = "accounts/second-factor-setup";

	private static final String VIEW_RECOVERY = "accounts/recovery-codes";

	private final SecondFactorManagement secondFactor;

	private final AccountManagement accounts;

	private final SignInFlow flow;

	SignInController(SecondFactorManagement secondFactor, AccountManagement accounts, SignInFlow flow) {
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.flow = flow;
	}

	@GetMapping("/login")
	String login() {
		return VIEW_LOGIN;
	}

	@GetMapping("/login/second-factor")
	String initCode(SecondFactorPending pending, Model model) {
		CoopexUser user = pending.user();
		if (!user.secondFactorEnabled()) {
			return "redirect:/login/second-factor/setup";
		}
		model.addAttribute("codeForm", CodeForm.empty());
		return VIEW_CODE;
	}

	@PostMapping("/login/second-factor")
	String processCode(SecondFactorPending pending, @Valid CodeForm codeForm, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		CoopexUser user = pending.user();
		if (this.flow.isLocked(user)) {
			result.reject("accounts.login.locked");
			return VIEW_CODE;
		}
		if (result.hasErrors()) {
			return VIEW_CODE;
		}
		if (!this.secondFactor.verify(user.id(), codeForm.code())) {
			this.flow.recordWrongCode(user);
			result.rejectValue("code", "accounts.second-factor.code-wrong");
			return VIEW_CODE;
		}
		this.flow.complete(user, request, response);
		return null;
	}

	@GetMapping("/login/second-factor/setup")
	String initSetup(SecondFactorPending pending, Model model) {
		CoopexUser user = pending.user();
		if (user.secondFactorEnabled()) {
			return "redirect:/login/second-factor";
		}
		var enrolment = this.secondFactor.startEnrolment(user.email());
		model.addAttribute(PENDING_SECRET, enrolment.secret());
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("codeForm", CodeForm.empty());
		model.addAttribute("action", "/login/second-factor/setup");
		return VIEW_SETUP;
	}

	@PostMapping("/login/second-factor/setup")
	String processSetup(SecondFactorPending pending, @ModelAttribute(PENDING_SECRET) String secret,
			@Valid CodeForm codeForm, BindingResult result, Model model, SessionStatus status,
			HttpServletRequest request, HttpServletResponse response) {
		CoopexUser user = pending.user();
		model.addAttribute("action", "/login/second-factor/setup");
		if (result.hasErrors()) {
			model.addAttribute("enrolment", this.secondFactor.enrolment(user.email(), secret));
			return VIEW_SETUP;
		}
		try {
			var codes = this.secondFactor.confirmEnrolment(user.id(), secret, codeForm.code());
			status.setComplete();
			CoopexUser refreshed = this.accounts.principal(user.id());
			this.flow.refresh(refreshed, request, response);
			// the code just typed proved the factor: the next step may complete the
			// sign-in
			request.getSession().setAttribute(PROVEN_BY_ENROLMENT, user.id());
			model.addAttribute("codes", codes);
			model.addAttribute("continueUrl", "/login/second-factor/done");
			return VIEW_RECOVERY;
		}
		catch (AccountException ex) {
			result.rejectValue("code", ex.messageKey());
			model.addAttribute("enrolment", this.secondFactor.enrolment(user.email(), secret));
			return VIEW_SETUP;
		}
	}

	/** After the recovery codes were shown: the enrolment proved the code, so sign in. */
	@PostMapping("/login/second-factor/done")
	String finishAfterSetup(SecondFactorPending pending, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		CoopexUser user = pending.user();
		Object proven = request.getSession().getAttribute(PROVEN_BY_ENROLMENT);
		request.getSession().removeAttribute(PROVEN_BY_ENROLMENT);
		if (!Long.valueOf(user.id()).equals(proven)) {
			return "redirect:/login/second-factor";
		}
		this.flow.complete(user, request, response);
		return null;
	}

}
