package fr.coopex.accounts.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.PersonalAccount;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.validation.OfferedTimeZone;
import fr.coopex.shared.web.Choice;
import fr.coopex.shared.web.TimeZones;

/**
 * A person's own account: ask to change the e-mail address, choose the time zone times
 * are shown in, close the account.
 */
@Controller
class PersonalAccountController {

	private static final String VIEW = "accounts/personal";

	private final PersonalAccount personal;

	private final MessageSource messages;

	private final Clock clock;

	PersonalAccountController(PersonalAccount personal, MessageSource messages, Clock clock) {
		this.personal = personal;
		this.messages = messages;
		this.clock = clock;
	}

	/** A new address, confirmed by the current password. */
	public record EmailForm(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 200) String password) {
	}

	/** The current password, to close the account. */
	public record CloseForm(@NotBlank @Size(max = 200) String password) {
	}

	/** The time zone to read times in: one of those offered, or empty for Paris time. */
	public record TimeZoneForm(@Size(max = 40) @OfferedTimeZone String timeZone) {
	}

	@GetMapping("/account/personal")
	String show(@AuthenticationPrincipal CoopexUser user, Model model, Locale locale) {
		model.addAttribute("emailForm", new EmailForm(null, null));
		model.addAttribute("closeForm", new CloseForm(null));
		return showPage(user, model, locale);
	}

	@PostMapping("/account/personal/time-zone")
	String chooseTimeZone(@AuthenticationPrincipal CoopexUser user, @Valid TimeZoneForm timeZoneForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.personal.chooseTimeZone(user, timeZoneForm.timeZone());
				flash.addFlashAttribute("message", "accounts.time-zone.saved");
				return "redirect:/account/personal";
			}
			catch (AccountException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("emailForm", new EmailForm(null, null));
		model.addAttribute("closeForm", new CloseForm(null));
		return showPage(user, model, locale);
	}

	@PostMapping("/account/personal/email")
	String changeEmail(@AuthenticationPrincipal CoopexUser user, @Valid EmailForm emailForm, BindingResult result,
			Model model, Locale locale, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.personal.requestEmailChange(user, emailForm.email(), emailForm.password(), locale);
				flash.addFlashAttribute("message", "accounts.email.sent");
				return "redirect:/account/personal";
			}
			catch (AccountException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("closeForm", new CloseForm(null));
		return showPage(user, model, locale);
	}

	@PostMapping("/account/personal/close")
	String close(@AuthenticationPrincipal CoopexUser user, @Valid CloseForm closeForm, BindingResult result,
			Model model, Locale locale, HttpServletRequest request, RedirectAttributes flash) throws ServletException {
		if (!result.hasErrors()) {
			try {
				this.personal.close(user, closeForm.password());
				request.logout();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				flash.addFlashAttribute("message", "accounts.closed");
				return "redirect:/";
			}
			catch (AccountException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("emailForm", new EmailForm(null, null));
		return showPage(user, model, locale);
	}

	/**
	 * The page, with the time zone form showing the person's choice unless resubmitted.
	 */
	private String showPage(CoopexUser user, Model model, Locale locale) {
		if (!model.containsAttribute("timeZoneForm")) {
			model.addAttribute("timeZoneForm",
					new TimeZoneForm(this.personal.timeZone(user).map(ZoneId::getId).orElse("")));
		}
		List<Choice> choices = new ArrayList<>();
		choices.add(Choice.message("", "accounts.time-zone.none"));
		choices.addAll(TimeZones.choices(this.messages, locale, this.clock.instant()));
		model.addAttribute("timeZoneChoices", choices);
		return VIEW;
	}

}
