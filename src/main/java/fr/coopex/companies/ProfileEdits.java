package fr.coopex.companies;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.AccountEvents.CompanyCreated;
import fr.coopex.companies.CompanyEvents.CompanyProfileUpdated;
import fr.coopex.shared.security.CoopexUser;

/**
 * Creates each company's profile with its organisation, and checks and saves the
 * company's edits of it.
 */
@Component
class ProfileEdits {

	private final CompanyProfiles profiles;

	private final ProfileChecks checks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProfileEdits(CompanyProfiles profiles, ProfileChecks checks, ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.checks = checks;
		this.events = events;
		this.clock = clock;
	}

	/** Every company organisation gets its profile, created with the organisation. */
	@EventListener
	void on(CompanyCreated created) {
		if (!this.profiles.existsById(created.organisationId())) {
			this.profiles.save(new CompanyProfile(created.organisationId(), created.legalName(), created.siren(),
					this.clock.instant()));
		}
	}

	/**
	 * Saves a company's edit of its own profile (see {@link CompanyManagement#update}).
	 */
	void update(CoopexUser editor, ProfileUpdate update) {
		CompanyProfile profile = this.profiles.findById(editor.organisationId())
			.orElseThrow(() -> new CompanyException(null, "companies.not-a-company"));
		if (profile.getVersion() != update.version()) {
			throw new CompanyException(null, "companies.profile.changed-meanwhile");
		}
		this.checks.check(update, profile.getSiren());
		profile.update(update, this.clock.instant());
		try {
			this.profiles.saveAndFlush(profile);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new CompanyException(null, "companies.profile.changed-meanwhile");
		}
		this.events.publishEvent(new CompanyProfileUpdated(profile.getCompanyId()));
	}

}
