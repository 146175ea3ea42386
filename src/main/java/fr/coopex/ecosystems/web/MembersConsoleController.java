package fr.coopex.ecosystems.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ecosystems.MemberGovernance;
import fr.coopex.ecosystems.MembershipRole;
import fr.coopex.shared.security.CoopexUser;

/**
 * The coordinators' actions on members and on their own team: remove a member company
 * (after reading what it changes), change a member's role, take a coordinator off. The
 * service checks that the person coordinates the ecosystem.
 */
@Controller
@RequestMapping("/console/ecosystems/{id:[0-9]+}")
class MembersConsoleController {

	private static final String VIEW_REMOVE = "ecosystems/remove";

	private final MemberGovernance governance;

	MembersConsoleController(MemberGovernance governance) {
		this.governance = governance;
	}

	/** The confirmation page: what the removal changes, and the reason to give. */
	@GetMapping("/members/{companyId:[0-9]+}/remove")
	String initRemoval(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long companyId,
			Model model) {
		model.addAttribute("removalForm", RemovalForm.empty());
		return prepareRemoval(user, id, companyId, model);
	}

	@PostMapping("/members/{companyId:[0-9]+}/remove")
	String processRemoval(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long companyId,
			@Valid RemovalForm removalForm, BindingResult result, Model model, RedirectAttributes flash) {
		// the preview first: it checks the coordinator before anything is said of the
		// form
		String form = prepareRemoval(user, id, companyId, model);
		return Actions.submit(result, () -> {
			this.governance.remove(user, id, companyId, removalForm.reason());
			flash.addFlashAttribute("message", "ecosystems.remove.done");
			return "redirect:/ecosystems/" + id;
		}, () -> form);
	}

	@PostMapping("/members/{companyId:[0-9]+}/role")
	String changeRole(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long companyId,
			@RequestParam(required = false) MembershipRole role, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.role.changed",
				() -> this.governance.changeRole(user, id, companyId, role));
	}

	@PostMapping("/coordinators/{userId:[0-9]+}/remove")
	String removeCoordinator(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long userId,
			RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.coordinators.removed",
				() -> this.governance.removeCoordinator(user, id, userId));
	}

	private String prepareRemoval(CoopexUser user, long id, long companyId, Model model) {
		model.addAttribute("preview", this.governance.removalPreview(user, id, companyId));
		return VIEW_REMOVE;
	}

}
