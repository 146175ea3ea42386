package fr.coopex.ecosystems.web;

import java.util.Locale;

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

import fr.coopex.ecosystems.CoopetitionMaps;
import fr.coopex.ecosystems.EcosystemDetail;
import fr.coopex.ecosystems.EcosystemGovernance;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemPayments;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.PageReads;

/**
 * Each ecosystem's page, and what a company does there: ask to join, accept an invitation
 * or the charter, withdraw, leave.
 */
@Controller
@RequestMapping("/ecosystems")
class EcosystemPageController {

	private static final String VIEW_DETAIL = "ecosystems/detail";

	private static final String VIEW_LEAVE = "ecosystems/leave";

	private final EcosystemManagement ecosystems;

	private final CoopetitionMaps maps;

	private final EcosystemPayments payments;

	private final EcosystemGovernance governance;

	private final GovernanceSections sections;

	private final MapTextsWriter mapTexts;

	private final PageReads pages;

	EcosystemPageController(EcosystemManagement ecosystems, CoopetitionMaps maps, EcosystemPayments payments,
			EcosystemGovernance governance, GovernanceSections sections, MapTextsWriter mapTexts, PageReads pages) {
		this.ecosystems = ecosystems;
		this.maps = maps;
		this.payments = payments;
		this.governance = governance;
		this.sections = sections;
		this.mapTexts = mapTexts;
		this.pages = pages;
	}

	@GetMapping("/{id:[0-9]+}")
	String detail(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(required = false) String invite, Locale locale, Model model) {
		// one read-only transaction for the whole page (PageReads)
		return this.pages.read(() -> {
			EcosystemDetail detail = this.ecosystems.detail(user, id);
			model.addAttribute("ecosystem", detail);
			model.addAttribute("competitionClauses", this.ecosystems.competitionClauses(id));
			// a suggested company's SIREN, to prefill the coordinator's invitation form
			if (detail.isCoordinator() && invite != null && invite.matches("[0-9]{9}")) {
				model.addAttribute("inviteSiren", invite);
			}
			if (detail.canSeeMembers()) {
				CoopetitionMaps.Roster roster = this.maps.of(detail);
				model.addAttribute("roster", roster);
				model.addAttribute("mapTexts", this.mapTexts.of(roster, locale));
				model.addAttribute("viewerCompanyId", user.organisationId());
				model.addAttribute("viewerIsMember", user.role() == fr.coopex.shared.security.Role.MEMBER);
				model.addAttribute("paymentDetails", this.payments.details(user, id).orElse(null));
				model.addAttribute("governance", this.governance.overview(user, id));
			}
			this.sections.addTo(user, detail, model);
			if (!model.containsAttribute("joinForm")) {
				model.addAttribute("joinForm", JoinForm.empty());
			}
			return VIEW_DETAIL;
		});
	}

	@PostMapping("/{id:[0-9]+}/join")
	String requestToJoin(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @Valid JoinForm joinForm,
			BindingResult result, Locale locale, Model model, RedirectAttributes flash) {
		if (result.hasErrors()) {
			// the page again, with the message typed and why it is refused (nothing is
			// kept in the session, which must hold only what it can store)
			return detail(user, id, null, locale, model);
		}
		return Actions.run(id, flash, "ecosystems.join.sent",
				() -> this.ecosystems.requestToJoin(user, id, joinForm.message(), joinForm.charterAccepted()));
	}

	@PostMapping("/{id:[0-9]+}/withdraw")
	String withdraw(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.join.withdrawn", () -> this.ecosystems.withdraw(user, id));
	}

	@PostMapping("/{id:[0-9]+}/invitation/accept")
	String acceptInvitation(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean acceptCharter, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.invitation.accepted",
				() -> this.ecosystems.acceptInvitation(user, id, acceptCharter));
	}

	@PostMapping("/{id:[0-9]+}/invitation/decline")
	String declineInvitation(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.invitation.declined",
				() -> this.ecosystems.declineInvitation(user, id));
	}

	@PostMapping("/{id:[0-9]+}/charter/accept")
	String acceptCharter(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.charter.accepted", () -> this.ecosystems.acceptCharter(user, id));
	}

	/** Leaving takes two clicks: this page asks for confirmation. */
	@GetMapping("/{id:[0-9]+}/leave")
	String confirmLeave(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("ecosystem", this.ecosystems.detail(user, id));
		return VIEW_LEAVE;
	}

	@PostMapping("/{id:[0-9]+}/leave")
	String leave(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, RedirectAttributes flash) {
		return Actions.run(id, flash, "ecosystems.left", () -> this.ecosystems.leave(user, id));
	}

}
