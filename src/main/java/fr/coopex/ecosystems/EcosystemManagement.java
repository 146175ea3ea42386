package fr.coopex.ecosystems;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.coopex.companies.EcosystemNeighbourhood;
import fr.coopex.shared.security.CoopexUser;

/**
 * Ecosystems and memberships: the operations other modules and the controllers call.
 * Every rule is checked behind it: who may create, coordinate, join, decide and see what.
 * An ecosystem or request the caller may not know about answers as if it did not exist
 * ({@link EcosystemNotFoundException}).
 */
@Service
public class EcosystemManagement implements EcosystemNeighbourhood {

	private final EcosystemCommands commands;

	private final MembershipCommands joining;

	private final EcosystemPages pages;

	private final MembershipReads reads;

	private final StandingReads standings;

	private final NeighbourCache neighbourCache;

	EcosystemManagement(EcosystemCommands commands, MembershipCommands joining, EcosystemPages pages,
			MembershipReads reads, StandingReads standings, NeighbourCache neighbourCache) {
		this.commands = commands;
		this.joining = joining;
		this.pages = pages;
		this.reads = reads;
		this.standings = standings;
		this.neighbourCache = neighbourCache;
	}

	/** What a creator or coordinator writes about an ecosystem. */
	public record EcosystemDraft(String name, String purpose, Set<String> markets, Set<String> sectors,
			boolean openToMembers, String charter) {
	}

	/**
	 * Thrown for an ecosystem or request that does not exist or that the caller may not
	 * know about.
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class EcosystemNotFoundException extends RuntimeException {

		EcosystemNotFoundException() {
			super("No such ecosystem");
		}

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

	// --- creating and running

	/**
	 * Creates an ecosystem. An SME manager creates one led by their firm (which becomes
	 * its leader member); a coordination-body user creates one coordinated by a third
	 * party. The creator becomes its first coordinator.
	 */
	public long create(CoopexUser creator, EcosystemDraft draft) {
		return this.commands.create(creator, draft);
	}

	/** A coordinator edits the description (and publishes a changed charter). */
	public void update(CoopexUser coordinator, long ecosystemId, EcosystemDraft draft, EcosystemStatus status) {
		this.commands.update(coordinator, ecosystemId, draft, status);
	}

	/**
	 * As {@link #update(CoopexUser, long, EcosystemDraft, EcosystemStatus)}, including or
	 * removing the competition-law clauses on information exchange in the charter (a new
	 * version, which members accept again; {@code null}: left as they are).
	 */
	public void update(CoopexUser coordinator, long ecosystemId, EcosystemDraft draft, EcosystemStatus status,
			Boolean competitionClauses) {
		this.commands.update(coordinator, ecosystemId, draft, status, competitionClauses);
	}

	/** Whether the charter in force includes the competition-law clauses. */
	public boolean competitionClauses(long ecosystemId) {
		return this.pages.competitionClauses(ecosystemId);
	}

	/**
	 * Adds a coordinator by e-mail: a coordination-body user, or a person of a member
	 * firm.
	 */
	public void addCoordinator(CoopexUser coordinator, long ecosystemId, String email) {
		this.commands.addCoordinator(coordinator, ecosystemId, email);
	}

	// --- joining and leaving

	/** A company asks to join, accepting the current charter. */
	public void requestToJoin(CoopexUser member, long ecosystemId, String message, boolean charterAccepted) {
		this.joining.requestToJoin(member, ecosystemId, message, charterAccepted);
	}

	/** A company withdraws its pending request. */
	public void withdraw(CoopexUser member, long ecosystemId) {
		this.joining.withdraw(member, ecosystemId);
	}

	/** A coordinator invites a company (as a member or an associate, never as leader). */
	public void invite(CoopexUser coordinator, long ecosystemId, long companyId, MembershipRole role) {
		this.joining.invite(coordinator, ecosystemId, companyId, role);
	}

	/** A company accepts an invitation (and the current charter). */
	public void acceptInvitation(CoopexUser member, long ecosystemId, boolean charterAccepted) {
		this.joining.acceptInvitation(member, ecosystemId, charterAccepted);
	}

	public void declineInvitation(CoopexUser member, long ecosystemId) {
		this.joining.declineInvitation(member, ecosystemId);
	}

	/**
	 * A coordinator approves a request. When two coordinators decide at the same moment,
	 * one wins and the other is told it was already decided.
	 */
	public void approve(CoopexUser coordinator, long ecosystemId, long membershipId, MembershipRole role) {
		this.joining.approve(coordinator, ecosystemId, membershipId, role);
	}

	/** A coordinator approves every pending request at once (as members). */
	public int approveAll(CoopexUser coordinator, long ecosystemId) {
		return this.joining.approveAll(coordinator, ecosystemId);
	}

	/** A coordinator rejects a request, saying why. */
	public void reject(CoopexUser coordinator, long ecosystemId, long membershipId, String reason) {
		this.joining.reject(coordinator, ecosystemId, membershipId, reason);
	}

	/**
	 * A company leaves. What it owes on shared costs remains. Its people who coordinate
	 * the ecosystem stop coordinating it at once, the leader firm's included: no more
	 * ecosystem-level data, pool consoles or exports. When they are its only
	 * coordinators, leaving is refused until they hand over to someone else.
	 */
	public void leave(CoopexUser member, long ecosystemId) {
		this.joining.leave(member, ecosystemId);
	}

	/** A member company accepts the current version of the charter. */
	public void acceptCharter(CoopexUser member, long ecosystemId) {
		this.joining.acceptCharter(member, ecosystemId);
	}

	// --- reading

	/** The ecosystem as this viewer (possibly anonymous: null) may see it. */
	public EcosystemDetail detail(CoopexUser viewer, long ecosystemId) {
		return this.pages.detail(viewer, ecosystemId);
	}

	/** The summary, for other pages of the module. */
	public EcosystemSummary summary(long ecosystemId) {
		return this.reads.summary(ecosystemId);
	}

	/**
	 * Checks that the viewer is a member or a coordinator of the ecosystem.
	 * @return the number of active members
	 * @throws EcosystemNotFoundException for anyone else
	 */
	public long requireInsider(CoopexUser viewer, long ecosystemId) {
		return this.reads.requireInsider(viewer, ecosystemId);
	}

	/** The active members and their roles (call after {@link #requireInsider}). */
	Map<Long, MembershipRole> activeRoles(long ecosystemId) {
		return this.reads.activeRoles(ecosystemId);
	}

	/** The people who coordinate an ecosystem (for notifications). */
	public List<Long> coordinatorIds(long ecosystemId) {
		return this.reads.coordinatorIds(ecosystemId);
	}

	/** The companies active in an ecosystem (for notifications). */
	public List<Long> activeCompanyIds(long ecosystemId) {
		return this.reads.activeCompanyIds(ecosystemId);
	}

	/**
	 * How {@code viewer} (or an anonymous visitor, null) stands with an ecosystem, in one
	 * query (pages of stands and missions ask it on every request).
	 */
	public Standing standing(CoopexUser viewer, long ecosystemId) {
		return this.standings.standing(viewer, ecosystemId);
	}

	/** Whether this person coordinates this ecosystem. */
	public boolean isCoordinator(CoopexUser user, long ecosystemId) {
		return this.reads.isCoordinator(user, ecosystemId);
	}

	/**
	 * The ecosystems this person coordinates, or their company is in (any open status).
	 */
	public List<EcosystemSummary> mine(CoopexUser user) {
		return this.reads.mine(user);
	}

	/**
	 * The ecosystems this person (null: a visitor) coordinates or their company is an
	 * active member of, in one query.
	 */
	public Insiders insiders(CoopexUser viewer) {
		return this.standings.insiders(viewer);
	}

	/** The ecosystems this person coordinates, by id. */
	public List<EcosystemSummary> coordinated(CoopexUser user) {
		return this.reads.coordinated(user);
	}

	/** How {@code viewer} (null: a visitor) stands with each of these ecosystems. */
	public ListStandings standings(CoopexUser viewer, Collection<Long> ecosystemIds) {
		return this.standings.standings(viewer, ecosystemIds);
	}

	@Override
	public List<String> activeEcosystemNames(long companyId) {
		return this.reads.activeEcosystemNames(companyId);
	}

	/**
	 * {@inheritDoc} Kept a few seconds per person ({@link NeighbourCache}); the queries
	 * that compute it run only when it is not kept.
	 */
	@Override
	public Set<Long> companiesSeenAtEcosystemLevel(CoopexUser viewer) {
		return this.neighbourCache.get(viewer.id(), () -> this.reads.neighbours(viewer));
	}

}
