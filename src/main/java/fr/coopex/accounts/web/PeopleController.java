package fr.coopex.accounts.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountException;
import fr.coopex.accounts.OrganisationPeople;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FlashActions;

/**
 * The people of the signed-in person's organisation; its managers invite, remove and
 * promote.
 */
@Controller
@RequestMapping("/account/organisation/people")
class PeopleController {

	private static final String VIEW = "accounts/people";

	private static final String REDIRECT = "redirect:/account/organisation/people";

	private final OrganisationPeople people;

	PeopleController(OrganisationPeople people) {
		this.people = people;
	}

	/** The address of a colleague to invite. */
	public record InviteForm(@NotBlank @Email @Size(max = 254) String email) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("inviteForm", new InviteForm(null));
		return prepare(user, model);
	}

	@PostMapping("/invite")
	String invite(@AuthenticationPrincipal CoopexUser user, @Valid InviteForm inviteForm, BindingResult result,
			Model model, Locale locale, RedirectAttributes flash) {
		if (!this.people.isManager(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Managers only");
		}
		if (!result.hasErrors()) {
			try {
				this.people.invite(user, inviteForm.email(), locale);
				flash.addFlashAttribute("message", "accounts.people.invited");
				return REDIRECT;
			}
			catch (AccountException ex) {
				result.rejectValue("email", ex.messageKey());
			}
		}
		return prepare(user, model);
	}

	@PostMapping("/{id:[0-9]+}/remove")
	String remove(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(flash, "accounts.people.removed", () -> this.people.remove(user, id));
	}

	@PostMapping("/{id:[0-9]+}/promote")
	String promote(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(flash, "accounts.people.promoted", () -> this.people.promote(user, id));
	}

	@PostMapping("/{id:[0-9]+}/step-down")
	String stepDown(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(flash, "accounts.people.stepped-down", () -> this.people.stepDown(user, id));
	}

	private static String act(RedirectAttributes flash, String success, Runnable action) {
		FlashActions.run(flash, success, action);
		return REDIRECT;
	}

	private String prepare(CoopexUser user, Model model) {
		boolean manager = this.people.isManager(user);
		model.addAttribute("people", this.people.people(user));
		model.addAttribute("manager", manager);
		model.addAttribute("pending", manager ? this.people.pending(user) : java.util.List.of());
		return VIEW;
	}

}
