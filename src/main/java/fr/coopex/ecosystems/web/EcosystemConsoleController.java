package fr.coopex.ecosystems.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;

import fr.coopex.companies.CompanyDirectory;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.MembershipRole;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/**
 * The coordinator's actions on an ecosystem: decide on requests, invite companies, add
 * coordinators. The service checks that the person coordinates this ecosystem.
 */
@Controller
@RequestMapping("/console/ecosystems")
class EcosystemConsoleController {

	/** No company has this id. */
	private static final long UNKNOWN_COMPANY = -1;

	private final EcosystemManagement ecosystems;

	private final CompanyDirectory companies;

	EcosystemConsoleController(EcosystemManagement ecosystems, CompanyDirectory companies) {
		this.ecosystems = ecosystems;
		this.companies = companies;
	}

	/** The ecosystems the person coordinates or belongs to. */
	@GetMapping
	String mine(@AuthenticationPrincipal CoopexUser user, Model model) {
		var mine = this.ecosystems.mine(user);
		model.addAttribute("ecosystems", mine);
		model.addAttribute("standings",
				this.ecosystems.standings(user, mine.stream().map(fr.coopex.ecosystems.EcosystemSummary::id).toList()));
		return "ecosystems/mine";
	}

	@PostMapping("/{id}/requests/{membershipId}/approve")
	String approve(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long membershipId,
			@RequestParam(defaultValue = "MEMBER") MembershipRole role, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.decision.approved",
				() -> this.ecosystems.approve(user, id, membershipId, role));
	}

	@PostMapping("/{id}/requests/{membershipId}/reject")
	String reject(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long membershipId,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.decision.rejected",
				() -> this.ecosystems.reject(user, id, membershipId, Text.cut(reason, 1000)));
	}

	@PostMapping("/{id}/invitations")
	String invite(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) String siren, @RequestParam(defaultValue = "MEMBER") MembershipRole role,
			RedirectAttributes flash) {
		// an unknown SIREN goes to the service too, which checks the coordinator first
		return Actions.run(id, flash, "ecosystems.invite.sent",
				() -> this.ecosystems.invite(user, id, this.companies.idBySiren(siren).orElse(UNKNOWN_COMPANY), role));
	}

	@PostMapping("/{id}/coordinators")
	String addCoordinator(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) String email, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.coordinators.added",
				() -> this.ecosystems.addCoordinator(user, id, email == null ? "" : email.strip()));
	}

}
