package fr.coopex.aids;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.coopex.aids.ApplicationTracker.ApplicationView;
import fr.coopex.shared.security.CoopexUser;

/** Finds a company's own applications and shows them with their aid's checklist. */
@Component
class ApplicationViews {

	private final AidApplications applications;

	private final Aids aids;

	ApplicationViews(AidApplications applications, Aids aids) {
		this.applications = applications;
		this.aids = aids;
	}

	/** The member's company's application (404 for anyone else's). */
	AidApplication own(CoopexUser member, long id) {
		AidFollowing.requireMember(member);
		return this.applications.findById(id)
			.filter((a) -> a.getCompanyId() == member.organisationId())
			.orElseThrow(AidNotFoundException::new);
	}

	/** The checklist of the aid. */
	List<String> documents(long aidId) {
		return this.aids.findById(aidId).map((aid) -> aid.toData().documents()).orElse(List.of());
	}

	/** The company's applications, the latest changed first. */
	List<ApplicationView> all(long companyId) {
		return this.applications.findByCompanyIdOrderByUpdatedAtDesc(companyId).stream().map(this::of).toList();
	}

	ApplicationView of(AidApplication a) {
		AidData aid = this.aids.findById(a.getAidId()).map(Aid::toData).orElseThrow();
		return new ApplicationView(a.getId(), a.getAidId(), aid.displayName(), a.getStatus(), a.getAmountRequested(),
				a.getAmountGranted(), a.getPlannedOn(), a.getSubmittedOn(), a.getDecidedOn(), a.getNotes(),
				aid.documents(), a.documentsDone(), a.getUpdatedAt(), a.getVersion());
	}

}
