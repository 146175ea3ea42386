package fr.coopex.ecosystems.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.ecosystems.CoordinationHandover;
import fr.coopex.ecosystems.EcosystemAnnouncements;
import fr.coopex.ecosystems.EcosystemDetail;
import fr.coopex.ecosystems.MemberGovernance;
import fr.coopex.shared.security.CoopexUser;

/**
 * What the ecosystem page's governance sections show (ecosystems/announcements.html,
 * ecosystems/coordination.html): the announcements for members, the pending hand-over for
 * its two sides, and for coordinators their team and where coordination may go; and the
 * viewer's time zone, for the meetings' times.
 */
@Component
class GovernanceSections {

	private final EcosystemAnnouncements announcements;

	private final CoordinationHandover handovers;

	private final MemberGovernance governance;

	private final AccountManagement accounts;

	GovernanceSections(EcosystemAnnouncements announcements, CoordinationHandover handovers,
			MemberGovernance governance, AccountManagement accounts) {
		this.accounts = accounts;
		this.announcements = announcements;
		this.handovers = handovers;
		this.governance = governance;
	}

	void addTo(CoopexUser viewer, EcosystemDetail detail, Model model) {
		long id = detail.summary().id();
		model.addAttribute("handover", this.handovers.pending(viewer, id).orElse(null));
		if (detail.canSeeMembers()) {
			model.addAttribute("announcements", this.announcements.list(viewer, id));
			addViewerZone(viewer, model, this.accounts);
		}
		if (detail.isCoordinator()) {
			model.addAttribute("coordinatorTeam", this.governance.coordinators(viewer, id));
			model.addAttribute("handoverCandidates", this.handovers.candidates(viewer, id));
		}
	}

	/**
	 * The time zone the viewer chose ({@code viewerZone}, null for none or a visitor):
	 * the meetings' times are shown in it beside Paris time.
	 */
	static void addViewerZone(CoopexUser viewer, Model model, AccountManagement accounts) {
		model.addAttribute("viewerZone", (viewer != null) ? accounts.timeZone(viewer.id()).orElse(null) : null);
	}

}
