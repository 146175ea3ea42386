package fr.coopex.accounts.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountAdministration;
import fr.coopex.accounts.AccountAdministration.AccountRow;
import fr.coopex.accounts.AccountAdministration.Action;
import fr.coopex.accounts.AccountAdministration.State;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.Paging;
import fr.coopex.shared.web.FlashActions;

/**
 * The admin's accounts: search by text, role and state; each action is confirmed on its
 * own page, then carried out, audited and told to the person.
 */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

	private static final String VIEW_LIST = "accounts/admin-list";

	private static final String VIEW_CONFIRM = "accounts/admin-confirm";

	private final AccountAdministration administration;

	AdminAccountsController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CoopexUser admin, @RequestParam(required = false) String q,
			@RequestParam(required = false) String role, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "1") int page, Model model) {
		String query = q == null ? "" : q.strip();
		if (query.length() > 100) {
			query = query.substring(0, 100);
		}
		Role roleFilter = Arrays.stream(Role.values()).filter((r) -> r.name().equals(role)).findFirst().orElse(null);
		State stateFilter = Arrays.stream(State.values())
			.filter((s) -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		model.addAttribute("q", query);
		model.addAttribute("role", roleFilter);
		model.addAttribute("state", stateFilter);
		model.addAttribute("roles", Choice.messages(Role.values(), "role."));
		model.addAttribute("states", Choice.messages(State.values(), "accounts.admin.state."));
		model.addAttribute("accounts", this.administration.search(admin, query, roleFilter, stateFilter,
				PageRequest.of(Paging.index(page), Paging.SIZE)));
		model.addAttribute("invited", (stateFilter == null || stateFilter == State.INVITED) && roleFilter == null
				? this.administration.invited(admin, query) : java.util.List.of());
		return VIEW_LIST;
	}

	@GetMapping("/{id:[0-9]+}/{action:unlock|disable|enable|reset-second-factor}")
	String confirm(@AuthenticationPrincipal CoopexUser admin, @PathVariable long id, @PathVariable String action,
			Model model) {
		model.addAttribute("account", find(admin, id));
		model.addAttribute("action", action);
		model.addAttribute("actionName", actionOf(action).name());
		return VIEW_CONFIRM;
	}

	@PostMapping("/{id:[0-9]+}/{action:unlock|disable|enable|reset-second-factor}")
	String act(@AuthenticationPrincipal CoopexUser admin, @PathVariable long id, @PathVariable String action,
			RedirectAttributes flash) {
		find(admin, id);
		FlashActions.run(flash, "accounts.admin.done." + actionOf(action).name(),
				() -> this.administration.act(admin, id, actionOf(action)));
		return "redirect:/admin/accounts";
	}

	@PostMapping("/invitations/{id:[0-9]+}/resend")
	String resend(@AuthenticationPrincipal CoopexUser admin, @PathVariable long id, RedirectAttributes flash) {
		FlashActions.run(flash, "accounts.admin.done.RESEND", () -> this.administration.resendInvitation(admin, id));
		return "redirect:/admin/accounts?state=INVITED";
	}

	private AccountRow find(CoopexUser admin, long id) {
		return this.administration.find(admin, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Action actionOf(String path) {
		return Action.valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
