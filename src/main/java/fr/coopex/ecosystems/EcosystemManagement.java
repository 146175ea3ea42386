package fr.coopex.ecosystems;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.Scope;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.EcosystemNeighbourhood;
import fr.coopex.companies.Markets;
import fr.coopex.companies.NafCatalogue;
import fr.coopex.ecosystems.EcosystemDetail.Member;
import fr.coopex.ecosystems.EcosystemDetail.PendingRequest;
import fr.coopex.ecosystems.EcosystemDetail.ViewerRelation;
import fr.coopex.ecosystems.EcosystemEvents.CharterPublished;
import fr.coopex.ecosystems.EcosystemEvents.CoordinationEnded;
import fr.coopex.ecosystems.EcosystemEvents.CoordinatorAdded;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemCreated;
import fr.coopex.ecosystems.EcosystemEvents.EcosystemDescribed;
import fr.coopex.ecosystems.EcosystemEvents.JoinRequested;
import fr.coopex.ecosystems.EcosystemEvents.MemberInvited;
import fr.coopex.ecosystems.EcosystemEvents.MembershipApproved;
import fr.coopex.ecosystems.EcosystemEvents.MembershipEnded;
import fr.coopex.ecosystems.EcosystemEvents.MembershipRejected;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Ecosystems and memberships. Every rule is checked here: who may create, coordinate,
 * join, decide and see what. An ecosystem or request the caller may not know about
 * answers as if it did not exist ({@link EcosystemNotFoundException}).
 */
@Service
public class EcosystemManagement implements EcosystemNeighbourhood {

	private final Ecosystems ecosystems;

	private final Memberships memberships;

	private final JdbcTemplate jdbc;

	private final CompanyManagement companies;

	private final AccountManagement accounts;

	private final Markets markets;

	private final NafCatalogue naf;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final NeighbourCache neighbourCache;

	private final PublicFacts publicFacts;

	private final TransactionTemplate readOnly;

	private final OrganisationManagement organisations;

	EcosystemManagement(Ecosystems ecosystems, Memberships memberships, JdbcTemplate jdbc, CompanyManagement companies,
			AccountManagement accounts, Markets markets, NafCatalogue naf, ApplicationEventPublisher events,
			Clock clock, NeighbourCache neighbourCache, PublicFacts publicFacts,
			PlatformTransactionManager transactions, OrganisationManagement organisations) {
		this.ecosystems = ecosystems;
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.companies = companies;
		this.accounts = accounts;
		this.markets = markets;
		this.naf = naf;
		this.events = events;
		this.clock = clock;
		this.neighbourCache = neighbourCache;
		this.publicFacts = publicFacts;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.organisations = organisations;
	}

	/** What a creator or coordinator writes about an ecosystem. */
	public record EcosystemDraft(String name, String purpose, Set<String> markets, Set<String> sectors,
			boolean openToMembers, String charter) {
	}

	/**
	 * Thrown for an ecosystem or request that does not exist or that the caller may not
	 * know about.
	 */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class EcosystemNotFoundException extends RuntimeException {

		EcosystemNotFoundException() {
			super("No such ecosystem");
		}

	}

	// --- creating and running
	// -------------------------------------------------------------------

	/**
	 * Creates an ecosystem. An SME manager creates one led by their firm (which becomes
	 * its leader member); a coordination-body user creates one coordinated by a third
	 * party. The creator becomes its first coordinator.
	 */
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
			insertCharter(ecosystem, draft.charter(), creator.id(), now);
		}
		if (creator.role() == Role.MEMBER) {
			this.memberships.save(Membership.leader(ecosystem.getId(), creator.organisationId(), creator.id(),
					ecosystem.getCharterVersion(), now));
		}
		this.events.publishEvent(new EcosystemCreated(ecosystem.getId(), ecosystem.getName(), creator.id()));
		return ecosystem.getId();
	}

	/** A coordinator edits the description. */
	@Transactional
	public void update(CoopexUser coordinator, long ecosystemId, EcosystemDraft draft, EcosystemStatus status) {
		Ecosystem ecosystem = coordinated(coordinator, ecosystemId);
		validate(draft);
		Instant now = this.clock.instant();
		ecosystem.describe(draft.name(), draft.purpose(), draft.markets(), draft.sectors(), draft.openToMembers(), now);
		if (status != null) {
			ecosystem.changeStatus(status, now);
		}
		this.events.publishEvent(new EcosystemDescribed(ecosystemId));
		if (draft.charter() != null && !draft.charter().isBlank()
				&& !draft.charter().strip().equals(charterText(ecosystemId, ecosystem.getCharterVersion()))) {
			insertCharter(ecosystem, draft.charter(), coordinator.id(), now);
		}
	}

	/**
	 * Adds a coordinator by e-mail: a coordination-body user, or a person of a member
	 * firm.
	 */
	@Transactional
	public void addCoordinator(CoopexUser coordinator, long ecosystemId, String email) {
		Ecosystem ecosystem = coordinated(coordinator, ecosystemId);
		AccountView person = this.accounts.findByEmail(email)
			.orElseThrow(() -> new EcosystemException("email", "ecosystems.coordinators.unknown"));
		boolean fromMemberFirm = person.role() == Role.MEMBER
				&& this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, person.organisationId())
					.filter((m) -> m.getStatus() == MembershipStatus.ACTIVE)
					.isPresent();
		if (person.role() != Role.COORDINATOR && !fromMemberFirm) {
			throw new EcosystemException("email", "ecosystems.coordinators.not-eligible");
		}
		ecosystem.addCoordinator(person.id());
		this.events.publishEvent(new CoordinatorAdded(ecosystemId, person.id()));
	}

	// --- joining and leaving
	// --------------------------------------------------------------------

	/**
	 * A company asks to join, accepting the current charter.
	 */
	@Transactional
	public void requestToJoin(CoopexUser member, long ecosystemId, String message, boolean charterAccepted) {
		requireCompanyMember(member);
		Ecosystem ecosystem = visible(ecosystemId);
		if (!ecosystem.acceptsRequests()) {
			throw new EcosystemException(null, "ecosystems.join.closed");
		}
		if (ecosystem.getCharterVersion() > 0 && !charterAccepted) {
			throw new EcosystemException("acceptCharter", "ecosystems.join.charter-required");
		}
		Membership membership = this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, member.organisationId())
			.orElseGet(() -> new Membership(ecosystemId, member.organisationId()));
		membership.request(message == null || message.isBlank() ? null : message.strip(), member.id(),
				ecosystem.getCharterVersion(), this.clock.instant());
		try {
			membership = this.memberships.saveAndFlush(membership);
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
			throw new EcosystemException(null, "ecosystems.join.already-pending");
		}
		this.events.publishEvent(new JoinRequested(ecosystemId, ecosystem.getName(), member.organisationId(),
				member.organisationName(), membership.getId()));
	}

	/** A company withdraws its pending request. */
	@Transactional
	public void withdraw(CoopexUser member, long ecosystemId) {
		Membership membership = own(member, ecosystemId);
		membership.withdraw(this.clock.instant());
		flushDecision(membership);
		this.events.publishEvent(new MembershipEnded(ecosystemId, member.organisationId(), MembershipStatus.WITHDRAWN));
	}

	/** A coordinator invites a company, by SIREN. */
	@Transactional
	public void invite(CoopexUser coordinator, long ecosystemId, long companyId, MembershipRole role) {
		Ecosystem ecosystem = coordinated(coordinator, ecosystemId);
		if (this.companies.card(coordinator, companyId).isEmpty()) {
			throw new EcosystemException("siren", "ecosystems.invite.unknown-company");
		}
		Membership membership = this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, companyId)
			.orElseGet(() -> new Membership(ecosystemId, companyId));
		membership.invite(role == MembershipRole.LEADER ? MembershipRole.MEMBER : role, coordinator.id(),
				this.clock.instant());
		try {
			this.memberships.saveAndFlush(membership);
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
			throw new EcosystemException(null, "ecosystems.join.already-pending");
		}
		this.events.publishEvent(new MemberInvited(ecosystemId, ecosystem.getName(), companyId));
	}

	/** A company accepts an invitation (and the current charter). */
	@Transactional
	public void acceptInvitation(CoopexUser member, long ecosystemId, boolean charterAccepted) {
		Ecosystem ecosystem = visible(ecosystemId);
		if (ecosystem.getCharterVersion() > 0 && !charterAccepted) {
			throw new EcosystemException("acceptCharter", "ecosystems.join.charter-required");
		}
		own(member, ecosystemId).acceptInvitation(member.id(), ecosystem.getCharterVersion(), this.clock.instant());
		this.events.publishEvent(
				new MembershipApproved(ecosystemId, ecosystem.getName(), member.organisationId(), member.id()));
	}

	@Transactional
	public void declineInvitation(CoopexUser member, long ecosystemId) {
		own(member, ecosystemId).declineInvitation(member.id(), this.clock.instant());
		this.events.publishEvent(new MembershipEnded(ecosystemId, member.organisationId(), MembershipStatus.DECLINED));
	}

	/**
	 * A coordinator approves a request. When two coordinators decide at the same moment,
	 * one wins and the other is told it was already decided.
	 */
	@Transactional
	public void approve(CoopexUser coordinator, long ecosystemId, long membershipId, MembershipRole role) {
		Ecosystem ecosystem = coordinated(coordinator, ecosystemId);
		Membership membership = request(ecosystemId, membershipId);
		membership.approve(role == MembershipRole.LEADER ? MembershipRole.MEMBER : role, coordinator.id(),
				this.clock.instant());
		flushDecision(membership);
		this.events.publishEvent(
				new MembershipApproved(ecosystemId, ecosystem.getName(), membership.getCompanyId(), coordinator.id()));
	}

	/** A coordinator approves every pending request at once (as members). */
	@Transactional
	public int approveAll(CoopexUser coordinator, long ecosystemId) {
		coordinated(coordinator, ecosystemId);
		List<Membership> requested = this.memberships.findByEcosystemIdAndStatusOrderByRequestedAt(ecosystemId,
				MembershipStatus.REQUESTED);
		for (Membership membership : requested) {
			approve(coordinator, ecosystemId, membership.getId(), MembershipRole.MEMBER);
		}
		return requested.size();
	}

	/** A coordinator rejects a request, saying why. */
	@Transactional
	public void reject(CoopexUser coordinator, long ecosystemId, long membershipId, String reason) {
		Ecosystem ecosystem = coordinated(coordinator, ecosystemId);
		if (reason == null || reason.isBlank()) {
			throw new EcosystemException("reason", "ecosystems.decision.reason-required");
		}
		Membership membership = request(ecosystemId, membershipId);
		membership.reject(reason.strip(), coordinator.id(), this.clock.instant());
		flushDecision(membership);
		this.events.publishEvent(new MembershipRejected(ecosystemId, ecosystem.getName(), membership.getCompanyId(),
				reason.strip(), coordinator.id()));
	}

	/**
	 * A company leaves. What it owes on shared costs remains. Its people who coordinate
	 * the ecosystem stop coordinating it at once, the leader firm's included: no more
	 * ecosystem-level data, pool consoles or exports. When they are its only
	 * coordinators, leaving is refused until they hand over to someone else.
	 */
	@Transactional
	public void leave(CoopexUser member, long ecosystemId) {
		Membership membership = own(member, ecosystemId);
		Ecosystem ecosystem = visible(ecosystemId);
		membership.leave(this.clock.instant());
		Set<Long> firmCoordinators = coordinatorsOf(ecosystem, member.organisationId());
		if (!firmCoordinators.isEmpty() && firmCoordinators.containsAll(ecosystem.getCoordinators())) {
			throw new EcosystemException(null, "ecosystems.leave.hand-over-first");
		}
		flush(membership, "ecosystems.leave.not-member");
		if (!firmCoordinators.isEmpty()) {
			ecosystem.removeCoordinators(firmCoordinators);
			this.ecosystems.flush();
			this.events.publishEvent(new CoordinationEnded(ecosystemId, List.copyOf(firmCoordinators)));
		}
		this.events.publishEvent(new MembershipEnded(ecosystemId, member.organisationId(), MembershipStatus.LEFT));
	}

	/** The people of a company who coordinate an ecosystem. */
	private Set<Long> coordinatorsOf(Ecosystem ecosystem, long companyId) {
		Set<Long> coordinators = ecosystem.getCoordinators();
		Set<Long> found = new HashSet<>();
		for (AccountView person : this.accounts.members(companyId)) {
			if (person.role() == Role.MEMBER && coordinators.contains(person.id())) {
				found.add(person.id());
			}
		}
		return found;
	}

	/** A member company accepts the current version of the charter. */
	@Transactional
	public void acceptCharter(CoopexUser member, long ecosystemId) {
		Ecosystem ecosystem = visible(ecosystemId);
		own(member, ecosystemId).acceptCharter(ecosystem.getCharterVersion());
	}

	// --- reading
	// --------------------------------------------------------------------------------

	/**
	 * The ecosystem as this viewer (possibly anonymous: null) may see it. What everyone
	 * sees alike comes from {@link PublicFacts}; how the viewer stands with the ecosystem
	 * is read with one query, and a coordinator's pending requests and invitations with
	 * one more. No transaction is opened but to load the public facts.
	 */
	public EcosystemDetail detail(CoopexUser viewer, long ecosystemId) {
		PublicFacts.Facts facts = this.publicFacts.get(ecosystemId,
				(id) -> this.readOnly.execute((status) -> loadFacts(id)));
		ViewerStanding standing = viewerStanding(viewer, ecosystemId);
		ViewerRelation relation = standing.coordinator() ? ViewerRelation.COORDINATOR
				: standing.ownStatus() == MembershipStatus.ACTIVE ? ViewerRelation.MEMBER : ViewerRelation.OUTSIDER;
		List<PendingRequest> pending = List.of();
		List<Member> invited = List.of();
		if (relation == ViewerRelation.COORDINATOR) {
			List<OpenMembership> open = openMemberships(ecosystemId);
			Map<Long, CompanyCard> cards = open.isEmpty() ? Map.of()
					: this.companies.cards(viewer, open.stream().map(OpenMembership::companyId).toList());
			pending = open.stream()
				.filter((m) -> m.status() == MembershipStatus.REQUESTED)
				.map((m) -> new PendingRequest(m.id(), m.companyId(), cards.get(m.companyId()), m.message(),
						m.requestedAt()))
				.toList();
			invited = open.stream()
				.filter((m) -> m.status() == MembershipStatus.INVITED)
				.map((m) -> new Member(m.companyId(), cards.get(m.companyId()), m.role()))
				.toList();
		}
		int charterVersion = facts.summary().charterVersion();
		boolean charterToAccept = standing.ownStatus() == MembershipStatus.ACTIVE
				&& (standing.charterAccepted() == null || standing.charterAccepted() < charterVersion);
		// the leader firm's name as this viewer may see it (its trade name may be hidden)
		String bodyName = facts.leaderCompanyId() == null ? facts.thirdPartyBodyName()
				: this.companies.card(viewer, facts.leaderCompanyId()).map(CompanyCard::displayName).orElse(null);
		Scope bodyScope = (facts.thirdPartyBodyScope() != null && !facts.thirdPartyBodyScope().isEmpty())
				? facts.thirdPartyBodyScope() : null;
		return new EcosystemDetail(facts.summary(), facts.charter(), facts.coordinatorNames(), bodyName, bodyScope,
				relation, standing.ownStatus(), standing.decisionReason(), charterToAccept, pending, invited);
	}

	/**
	 * How a viewer stands with an ecosystem: whether they coordinate it, and their
	 * company's membership (companies only).
	 */
	private record ViewerStanding(boolean coordinator, MembershipStatus ownStatus, String decisionReason,
			Integer charterAccepted) {
	}

	private ViewerStanding viewerStanding(CoopexUser viewer, long ecosystemId) {
		if (viewer == null) {
			return new ViewerStanding(false, null, null, null);
		}
		// a person who is not a company's has no membership: no company id matches -1
		long companyId = viewer.role() == Role.MEMBER ? viewer.organisationId() : -1;
		return this.jdbc.queryForObject("""
				select exists (select 1 from ecosystem_coordinator c where c.ecosystem_id = ? and c.user_id = ?),
				       m.status, m.decision_reason, m.charter_version_accepted
				from (values (1)) v
				left join ecosystem_membership m on m.ecosystem_id = ? and m.company_id = ?
				""", (rs, i) -> {
			String status = rs.getString(2);
			Integer accepted = rs.getObject(4, Integer.class);
			return new ViewerStanding(rs.getBoolean(1), status == null ? null : MembershipStatus.valueOf(status),
					rs.getString(3), accepted);
		}, ecosystemId, viewer.id(), ecosystemId, companyId);
	}

	/** A request or invitation awaiting an answer. */
	private record OpenMembership(long id, long companyId, MembershipStatus status, MembershipRole role, String message,
			Instant requestedAt) {
	}

	/** The requests and invitations of an ecosystem awaiting an answer, oldest first. */
	private List<OpenMembership> openMemberships(long ecosystemId) {
		return this.jdbc.query("""
				select id, company_id, status, role, message, requested_at from ecosystem_membership
				where ecosystem_id = ? and status in ('REQUESTED', 'INVITED') order by requested_at, id
				""",
				(rs, i) -> new OpenMembership(rs.getLong(1), rs.getLong(2), MembershipStatus.valueOf(rs.getString(3)),
						MembershipRole.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant()),
				ecosystemId);
	}

	/** What {@link PublicFacts} keeps of an ecosystem, from the database. */
	private PublicFacts.Facts loadFacts(long ecosystemId) {
		Ecosystem ecosystem = visible(ecosystemId);
		long activeCount = this.memberships.countByEcosystemIdAndStatus(ecosystemId, MembershipStatus.ACTIVE);
		List<String> coordinatorNames = ecosystem.getCoordinators()
			.stream()
			.map(this.accounts::find)
			.flatMap(Optional::stream)
			.map(AccountView::displayName)
			.sorted()
			.toList();
		boolean thirdParty = ecosystem.getCoordination() == Coordination.THIRD_PARTY;
		return new PublicFacts.Facts(EcosystemSummary.of(ecosystem, activeCount),
				charterText(ecosystemId, ecosystem.getCharterVersion()), coordinatorNames,
				thirdParty ? coordinatorOrganisation(ecosystem) : null,
				(thirdParty && ecosystem.getCoordinationBodyId() != null)
						? this.organisations.scope(ecosystem.getCoordinationBodyId()) : null,
				thirdParty ? null : ecosystem.getLeaderCompanyId());
	}

	/** The summary, for other pages of the module. */
	@Transactional(readOnly = true)
	public EcosystemSummary summary(long ecosystemId) {
		Ecosystem ecosystem = visible(ecosystemId);
		return EcosystemSummary.of(ecosystem,
				this.memberships.countByEcosystemIdAndStatus(ecosystemId, MembershipStatus.ACTIVE));
	}

	/**
	 * Checks that the viewer is a member or a coordinator of the ecosystem.
	 * @return the number of active members
	 * @throws EcosystemNotFoundException for anyone else
	 */
	@Transactional(readOnly = true)
	public long requireInsider(CoopexUser viewer, long ecosystemId) {
		Ecosystem ecosystem = visible(ecosystemId);
		if (relation(viewer, ecosystem) == ViewerRelation.OUTSIDER) {
			throw new EcosystemNotFoundException();
		}
		return this.memberships.countByEcosystemIdAndStatus(ecosystemId, MembershipStatus.ACTIVE);
	}

	/**
	 * The active members of an ecosystem and their roles (call after
	 * {@link #requireInsider}).
	 */
	@Transactional(readOnly = true)
	Map<Long, MembershipRole> activeRoles(long ecosystemId) {
		Map<Long, MembershipRole> roles = new java.util.LinkedHashMap<>();
		this.memberships.findByEcosystemIdAndStatusOrderByRequestedAt(ecosystemId, MembershipStatus.ACTIVE)
			.forEach((m) -> roles.put(m.getCompanyId(), m.getRole()));
		return roles;
	}

	/** The people who coordinate an ecosystem (for notifications). */
	@Transactional(readOnly = true)
	public List<Long> coordinatorIds(long ecosystemId) {
		return this.ecosystems.findById(ecosystemId).map((e) -> List.copyOf(e.getCoordinators())).orElse(List.of());
	}

	/** The companies active in an ecosystem (for notifications). */
	@Transactional(readOnly = true)
	public List<Long> activeCompanyIds(long ecosystemId) {
		return this.memberships.findByEcosystemIdAndStatusOrderByRequestedAt(ecosystemId, MembershipStatus.ACTIVE)
			.stream()
			.map(Membership::getCompanyId)
			.toList();
	}

	/**
	 * How a person stands with an ecosystem, for the modules that share its members'
	 * things (stands, missions).
	 *
	 * @param coordinator the person coordinates it
	 * @param activeMember the person's company is an active member
	 * @param ecosystemName the ecosystem's name, null when there is no such ecosystem
	 */
	public record Standing(boolean coordinator, boolean activeMember, String ecosystemName) {

		public boolean insider() {
			return this.coordinator || this.activeMember;
		}

	}

	/**
	 * How {@code viewer} (or an anonymous visitor, null) stands with an ecosystem, in one
	 * query (pages of stands and missions ask it on every request).
	 */
	@Transactional(readOnly = true)
	public Standing standing(CoopexUser viewer, long ecosystemId) {
		long user = (viewer != null) ? viewer.id() : -1;
		long company = (viewer != null && viewer.role() == Role.MEMBER) ? viewer.organisationId() : -1;
		return this.jdbc
			.query("select e.name, "
					+ "exists (select 1 from ecosystem_coordinator c where c.ecosystem_id = e.id and c.user_id = ?), "
					+ "exists (select 1 from ecosystem_membership m where m.ecosystem_id = e.id and m.company_id = ? "
					+ "and m.status = 'ACTIVE') from ecosystem e where e.id = ?",
					(rs, i) -> new Standing(rs.getBoolean(2), rs.getBoolean(3), rs.getString(1)), user, company,
					ecosystemId)
			.stream()
			.findFirst()
			.orElse(new Standing(false, false, null));
	}

	/** Whether this person coordinates this ecosystem. */
	@Transactional(readOnly = true)
	public boolean isCoordinator(CoopexUser user, long ecosystemId) {
		// one small query rather than the ecosystem and its collections
		return user != null && this.ecosystems.isCoordinatedBy(ecosystemId, user.id());
	}

	/**
	 * The ecosystems this person coordinates, or their company is in (any open status).
	 */
	@Transactional(readOnly = true)
	public List<EcosystemSummary> mine(CoopexUser user) {
		Set<Long> ids = new HashSet<>(this.ecosystems.idsCoordinatedBy(user.id()));
		if (user.role() == Role.MEMBER) {
			this.memberships
				.findByCompanyIdAndStatusIn(user.organisationId(),
						List.of(MembershipStatus.ACTIVE, MembershipStatus.REQUESTED, MembershipStatus.INVITED))
				.forEach((m) -> ids.add(m.getEcosystemId()));
		}
		return summaries(ids);
	}

	/**
	 * How a viewer stands with each ecosystem of a list: those they coordinate, and their
	 * company's open membership (active, request pending, invitation to answer), so that
	 * every list shows a pending request as pending.
	 */
	public record ListStandings(Set<Long> coordinated, Map<Long, MembershipStatus> company) {

		static final ListStandings NONE = new ListStandings(Set.of(), Map.of());

		/**
		 * {@code coordinator}, {@code member}, {@code pending} or {@code invited}; null
		 * for none.
		 */
		public String of(long ecosystemId) {
			if (this.coordinated.contains(ecosystemId)) {
				return "coordinator";
			}
			MembershipStatus status = this.company.get(ecosystemId);
			if (status == null) {
				return null;
			}
			return switch (status) {
				case ACTIVE -> "member";
				case REQUESTED -> "pending";
				case INVITED -> "invited";
				default -> null;
			};
		}

	}

	/** How {@code viewer} (null: a visitor) stands with each of these ecosystems. */
	@Transactional(readOnly = true)
	public ListStandings standings(CoopexUser viewer, java.util.Collection<Long> ecosystemIds) {
		if (viewer == null || ecosystemIds.isEmpty()) {
			return ListStandings.NONE;
		}
		Set<Long> coordinated = new HashSet<>(this.ecosystems.idsCoordinatedBy(viewer.id()));
		coordinated.retainAll(ecosystemIds);
		Map<Long, MembershipStatus> company = new HashMap<>();
		if (viewer.role() == Role.MEMBER) {
			this.memberships
				.findByCompanyIdAndStatusIn(viewer.organisationId(),
						List.of(MembershipStatus.ACTIVE, MembershipStatus.REQUESTED, MembershipStatus.INVITED))
				.stream()
				.filter((m) -> ecosystemIds.contains(m.getEcosystemId()))
				.forEach((m) -> company.put(m.getEcosystemId(), m.getStatus()));
		}
		return new ListStandings(Set.copyOf(coordinated), Map.copyOf(company));
	}

	List<EcosystemSummary> summaries(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.memberships.countActive(ids)) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		Map<Long, Ecosystem> found = new HashMap<>();
		this.ecosystems.findAllById(ids).forEach((e) -> found.put(e.getId(), e));
		List<EcosystemSummary> result = new ArrayList<>();
		for (Long id : ids) {
			Ecosystem e = found.get(id);
			if (e != null) {
				result.add(EcosystemSummary.of(e, counts.getOrDefault(id, 0L)));
			}
		}
		return result;
	}

	/**
	 * {@inheritDoc} Kept a few seconds per person ({@link NeighbourCache}); the queries
	 * that compute it run each on its own, so that a kept answer costs no transaction.
	 */
	@Override
	public Set<Long> companiesSeenAtEcosystemLevel(CoopexUser viewer) {
		return this.neighbourCache.get(viewer.id(), () -> neighbours(viewer));
	}

	private Set<Long> neighbours(CoopexUser viewer) {
		Set<Long> companies = new HashSet<>();
		if (viewer.role() == Role.MEMBER) {
			companies.addAll(this.memberships.companiesSharingAnEcosystemWith(viewer.organisationId()));
		}
		if (viewer.role() == Role.MEMBER || viewer.role() == Role.COORDINATOR) {
			companies.addAll(this.memberships.companiesInEcosystemsCoordinatedBy(viewer.id()));
		}
		return companies;
	}

	// --- internals
	// ------------------------------------------------------------------------------

	ViewerRelation relation(CoopexUser viewer, Ecosystem ecosystem) {
		if (viewer == null) {
			return ViewerRelation.OUTSIDER;
		}
		if (ecosystem.isCoordinatedBy(viewer.id())) {
			return ViewerRelation.COORDINATOR;
		}
		if (viewer.role() == Role.MEMBER
				&& this.memberships.findByEcosystemIdAndCompanyId(ecosystem.getId(), viewer.organisationId())
					.filter((m) -> m.getStatus() == MembershipStatus.ACTIVE)
					.isPresent()) {
			return ViewerRelation.MEMBER;
		}
		return ViewerRelation.OUTSIDER;
	}

	private Ecosystem visible(long ecosystemId) {
		return this.ecosystems.findById(ecosystemId).orElseThrow(EcosystemNotFoundException::new);
	}

	private Ecosystem coordinated(CoopexUser user, long ecosystemId) {
		Ecosystem ecosystem = visible(ecosystemId);
		if (user == null || !ecosystem.isCoordinatedBy(user.id())) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
		return ecosystem;
	}

	private Membership own(CoopexUser member, long ecosystemId) {
		requireCompanyMember(member);
		visible(ecosystemId);
		return this.memberships.findByEcosystemIdAndCompanyId(ecosystemId, member.organisationId())
			.orElseThrow(() -> new EcosystemException(null, "ecosystems.leave.not-member"));
	}

	private Membership request(long ecosystemId, long membershipId) {
		return this.memberships.findById(membershipId)
			.filter((m) -> m.getEcosystemId() == ecosystemId)
			.orElseThrow(EcosystemNotFoundException::new);
	}

	private void flushDecision(Membership membership) {
		flush(membership, "ecosystems.decision.already-decided");
	}

	/**
	 * Writes a change now, so that one made meanwhile by someone else is told in words.
	 */
	private void flush(Membership membership, String messageKeyWhenRaced) {
		try {
			this.memberships.saveAndFlush(membership);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new EcosystemException(null, messageKeyWhenRaced);
		}
	}

	private static void requireCompanyMember(CoopexUser user) {
		if (user == null || user.role() != Role.MEMBER) {
			throw new AccessDeniedException("Only companies join ecosystems");
		}
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

	private void insertCharter(Ecosystem ecosystem, String text, long userId, Instant now) {
		int version = ecosystem.nextCharterVersion(now);
		this.jdbc.update(
				"insert into ecosystem_charter (ecosystem_id, version, text, published_at, published_by) values (?, ?, ?, ?, ?)",
				ecosystem.getId(), version, text.strip(), Timestamp.from(now), userId);
		if (version > 1) {
			this.events.publishEvent(new CharterPublished(ecosystem.getId(), ecosystem.getName(), version));
		}
	}

	private String charterText(long ecosystemId, int version) {
		if (version == 0) {
			return null;
		}
		return this.jdbc
			.query("select text from ecosystem_charter where ecosystem_id = ? and version = ?",
					(rs, i) -> rs.getString(1), ecosystemId, version)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private String coordinatorOrganisation(Ecosystem ecosystem) {
		return ecosystem.getCoordinators()
			.stream()
			.map(this.accounts::find)
			.flatMap(Optional::stream)
			.filter((a) -> a.organisationId() == ecosystem.getCoordinationBodyId())
			.map(AccountView::organisationName)
			.findFirst()
			.orElse(null);
	}

}
