package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.ecosystems.EcosystemEvents.CoordinatorAdded;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemCreated;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemDescribed;
import fr.coopex.ecosystems.EcosystemManagement.EcosystemDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/** Creating an ecosystem, describing it and adding coordinators. */
@Service
class EcosystemCommands {

	private final Ecosystems ecosystems;

	private final Memberships memberships;

	private final EcosystemGuards guards;

	private final Charters charters;

	private final AccountManagement accounts;

	private final Markets markets;

	private final NafCatalogue naf;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EcosystemCommands(Ecosystems ecosystems, Memberships memberships, EcosystemGuards guards, Charters charters,
			AccountManagement accounts, Markets markets, NafCatalogue naf, ApplicationEventPublisher events,
			Clock clock) {
		this.ecosystems = ecosystems;
		this.memberships = memberships;
		this.guards = guards;
		this.charters = charters;
		this.accounts = accounts;
		this.markets = markets;
		this.naf = naf;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long create(CoopexUser creator, EcosystemDraft draft) {
		validate(draft);
		Instant now = this.clock.instant();
		Ecosystem ecosystem = switch (creator.role()) {
			case MEMBER -> new Ecosystem(Coordination.LEADER_FIRM, creator.organisationId(), null, creator.id(), now);
			case COORDINATOR ->
				new Ecosystem(Coordination.THIRD_PARTY, null, creator.organisationId(), creator.id(), now);
			default -> throw new AccessDeniedException("Only SME managers and coordinators create ecosystems");
		};
		ecosystem.describe(draft.name(), draft.purpose(), draft.markets(), draft.sectors(), draft.openToMembers(), now);
		ecosystem = this.ecosystems.saveAndFlush(ecosystem);
		if (draft.charter() != null && !draft.charter().isBlank()) {
			this.charters.publish(ecosystem, draft.charter(), creator.id(), now);
		}
		if (creator.role() == Role.MEMBER) {
			this.memberships.save(Membership.leader(ecosystem.getId(), creator.organisationId(), creator.id(),
					ecosystem.getCharterVersion(), now));
		}
		this.events.publishEvent(new EcosystemCreated(ecosystem.getId(), ecosystem.getName(), creator.id()));
		return ecosystem.getId();
	}

	@Transactional
	public void update(CoopexUser coordinator, long ecosystemId, EcosystemDraft draft, EcosystemStatus status) {
		update(coordinator, ecosystemId, draft, status, null);
	}

	/**
	 * As {@link #update(CoopexUser, long, EcosystemDraft, EcosystemStatus)}; a new
	 * charter version is published when its text changes or when the competition-law
	 * clauses are included or removed ({@code null}: left as they are).
	 */
	@Transactional
	public void update(CoopexUser coordinator, long ecosystemId, EcosystemDraft draft, EcosystemStatus status,
			Boolean competitionClauses) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		validate(draft);
		Instant now = this.clock.instant();
		ecosystem.describe(draft.name(), draft.purpose(), draft.markets(), draft.sectors(), draft.openToMembers(), now);
		if (status != null) {
			ecosystem.changeStatus(status, now);
		}
		this.events.publishEvent(new EcosystemDescribed(ecosystemId));
		int version = ecosystem.getCharterVersion();
		String current = this.charters.text(ecosystemId, version);
		boolean clauses = this.charters.competitionClauses(ecosystemId, version);
		boolean newText = draft.charter() != null && !draft.charter().isBlank()
				&& !draft.charter().strip().equals(current);
		boolean newClauses = competitionClauses != null && competitionClauses != clauses;
		if (newText || newClauses) {
			this.charters.publish(ecosystem, newText ? draft.charter() : current,
					newClauses ? competitionClauses : clauses, coordinator.id(), now);
		}
	}

	@Transactional
	public void addCoordinator(CoopexUser coordinator, long ecosystemId, String email) {
		Ecosystem ecosystem = this.guards.coordinated(coordinator, ecosystemId);
		AccountView person = this.accounts.findByEmail(email)
			.orElseThrow(() -> new EcosystemException("email", "ecosystems.coordinators.unknown"));
		boolean fromMemberFirm = person.role() == Role.MEMBER
				&& this.guards.isActive(ecosystemId, person.organisationId());
		if (person.role() != Role.COORDINATOR && !fromMemberFirm) {
			throw new EcosystemException("email", "ecosystems.coordinators.not-eligible");
		}
		ecosystem.addCoordinator(person.id());
		this.events.publishEvent(new CoordinatorAdded(ecosystemId, person.id()));
	}

	private void validate(EcosystemDraft draft) {
		for (String code : draft.markets()) {
			if (!this.markets.isValid(code)) {
				throw new EcosystemException("markets", "companies.profile.market-unknown");
			}
		}
		for (String division : draft.sectors()) {
			if (this.naf.find(division).filter((entry) -> entry.code().length() == 2).isEmpty()) {
				throw new EcosystemException("sectors", "ecosystems.form.sector-unknown");
			}
		}
	}

}
