package fr.coopex.labels;

import org.springframework.stereotype.Component;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Who may read and act on an application: the coordinators of its ecosystem, and the
 * officers of the agency whose scheme it applies to. Anyone else is told it does not
 * exist.
 */
@Component
class ApplicationAccess {

	private final LabelApplications applications;

	private final LabelSchemes schemes;

	private final EcosystemManagement ecosystems;

	ApplicationAccess(LabelApplications applications, LabelSchemes schemes, EcosystemManagement ecosystems) {
		this.applications = applications;
		this.schemes = schemes;
		this.ecosystems = ecosystems;
	}

	/** The application and how the person stands with it. */
	record Access(LabelApplication application, SchemeView scheme, boolean agencySide, boolean coordinatorSide) {
	}

	Access of(CoopexUser user, long applicationId) {
		LabelApplication application = this.applications.findById(applicationId)
			.orElseThrow(LabelException.NotFound::new);
		SchemeView scheme = this.schemes.find(application.getSchemeId()).orElseThrow(LabelException.NotFound::new);
		boolean agency = user != null && user.role() == Role.AGENCY && scheme.agencyId() == user.organisationId();
		boolean coordinator = user != null && this.ecosystems.isCoordinator(user, application.getEcosystemId());
		if (!agency && !coordinator) {
			throw new LabelException.NotFound();
		}
		return new Access(application, scheme, agency, coordinator);
	}

	Access asCoordinator(CoopexUser user, long applicationId) {
		Access access = of(user, applicationId);
		if (!access.coordinatorSide()) {
			throw new LabelException.Forbidden();
		}
		return access;
	}

	Access asAgency(CoopexUser user, long applicationId) {
		Access access = of(user, applicationId);
		if (!access.agencySide()) {
			throw new LabelException.Forbidden();
		}
		return access;
	}

}
