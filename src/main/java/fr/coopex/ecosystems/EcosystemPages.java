package fr.coopex.ecosystems;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.accounts.AccountView;
import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.Scope;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemDetail.Member;
import fr.coopex.ecosystems.EcosystemDetail.PendingRequest;
import fr.coopex.ecosystems.EcosystemDetail.ViewerRelation;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * An ecosystem's page as one viewer sees it. What everyone sees alike comes from
 * {@link PublicFacts}; how the viewer stands with the ecosystem is read with one query,
 * and a coordinator's pending requests and invitations with one more.
 */
@Service
class EcosystemPages {

	private final EcosystemGuards guards;

	private final Memberships memberships;

	private final Charters charters;

	private final JdbcTemplate jdbc;

	private final CompanyManagement companies;

	private final AccountManagement accounts;

	private final OrganisationManagement organisations;

	private final PublicFacts publicFacts;

	private final TransactionTemplate readOnly;

	EcosystemPages(EcosystemGuards guards, Memberships memberships, Charters charters, JdbcTemplate jdbc,
			CompanyManagement companies, AccountManagement accounts, OrganisationManagement organisations,
			PublicFacts publicFacts, PlatformTransactionManager transactions) {
		this.guards = guards;
		this.memberships = memberships;
		this.charters = charters;
		this.jdbc = jdbc;
		this.companies = companies;
		this.accounts = accounts;
		this.organisations = organisations;
		this.publicFacts = publicFacts;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** No transaction is opened but to load the public facts. */
	EcosystemDetail detail(CoopexUser viewer, long ecosystemId) {
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
		Ecosystem ecosystem = this.guards.visible(ecosystemId);
		long activeCount = this.memberships.countByEcosystemIdAndStatus(ecosystemId, MembershipStatus.ACTIVE);
		List<AccountView> coordinators = ecosystem.getCoordinators()
			.stream()
			.map(this.accounts::find)
			.flatMap(Optional::stream)
			.toList();
		List<String> coordinatorNames = coordinators.stream().map(AccountView::displayName).sorted().toList();
		boolean thirdParty = ecosystem.getCoordination() == Coordination.THIRD_PARTY;
		Long bodyId = ecosystem.getCoordinationBodyId();
		String bodyName = (!thirdParty || bodyId == null) ? null
				: coordinators.stream()
					.filter((a) -> a.organisationId() == bodyId)
					.map(AccountView::organisationName)
					.findFirst()
					.orElse(null);
		return new PublicFacts.Facts(EcosystemSummary.of(ecosystem, activeCount),
				this.charters.text(ecosystemId, ecosystem.getCharterVersion()), coordinatorNames, bodyName,
				(thirdParty && bodyId != null) ? this.organisations.scope(bodyId) : null,
				thirdParty ? null : ecosystem.getLeaderCompanyId());
	}

	/** Whether the charter in force includes the competition-law clauses. */
	public boolean competitionClauses(long ecosystemId) {
		return this.charters.competitionClausesInForce(ecosystemId);
	}

}
