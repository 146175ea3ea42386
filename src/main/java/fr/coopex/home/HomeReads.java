package fr.coopex.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountAdministration;
import fr.coopex.accounts.OrganisationRequests;
import fr.coopex.aids.AidHomeFacts;
import fr.coopex.aids.DeMinimisRegister;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemHomeFacts;
import fr.coopex.ecosystems.EcosystemHomeFacts.Coordinated;
import fr.coopex.ecosystems.EcosystemHomeFacts.OwnMembership;
import fr.coopex.fairs.FairHomeFacts;
import fr.coopex.fairs.FairHomeFacts.StandFill;
import fr.coopex.labels.ApplicationReader;
import fr.coopex.labels.ApplicationStatus;
import fr.coopex.ledger.LedgerHomeFacts;
import fr.coopex.ledger.LedgerHomeFacts.EcosystemMoney;
import fr.coopex.ledger.LedgerHomeFacts.Owed;
import fr.coopex.missions.MissionHomeFacts;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Builds each block of the signed-in home page from the other modules' home read
 * services, a few queries per block. A person gets every block that applies: a company's
 * person who coordinates an ecosystem (a leader firm) gets both the member's and the
 * coordinator's. The page is read in one read-only transaction ({@link #page}; the
 * services it calls join it), not one per service: the member's block alone took six
 * transactions, each a connection taken from the pool and two more round trips to the
 * database.
 */
@Service
@Transactional(readOnly = true)
public class HomeReads {

	/** The horizon of the deadlines and of what counts as new. */
	static final int DAYS = 30;

	private static final int ELIGIBLE_AIDS = 3;

	private static final int FIRST_FEW = 10;

	private final EcosystemHomeFacts ecosystems;

	private final LedgerHomeFacts ledger;

	private final FairHomeFacts fairs;

	private final MissionHomeFacts missions;

	private final AidHomeFacts aids;

	private final CompanyManagement companies;

	private final ApplicationReader labels;

	private final OrganisationRequests requests;

	private final AccountAdministration accounts;

	private final DeMinimisRegister deMinimis;

	private final Clock clock;

	HomeReads(EcosystemHomeFacts ecosystems, LedgerHomeFacts ledger, FairHomeFacts fairs, MissionHomeFacts missions,
			AidHomeFacts aids, CompanyManagement companies, ApplicationReader labels, OrganisationRequests requests,
			AccountAdministration accounts, DeMinimisRegister deMinimis, Clock clock) {
		this.ecosystems = ecosystems;
		this.ledger = ledger;
		this.fairs = fairs;
		this.missions = missions;
		this.aids = aids;
		this.companies = companies;
		this.labels = labels;
		this.requests = requests;
		this.accounts = accounts;
		this.deMinimis = deMinimis;
		this.clock = clock;
	}

	/**
	 * Every block of this person's home page, read in one transaction: read block by
	 * block, each took a connection from the pool and its own round trips to begin and
	 * end.
	 */
	public HomePage page(CoopexUser user) {
		MemberHome member = member(user);
		return new HomePage(member, (member != null) ? this.deMinimis.summary(user.organisationId()) : null,
				coordinator(user), staff(user));
	}

	/** The member company's block, or null for anyone but a company's person. */
	public MemberHome member(CoopexUser user) {
		if (user == null || user.role() != Role.MEMBER) {
			return null;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
		List<OwnMembership> memberships = this.ecosystems.memberships(user);
		List<Long> active = memberships.stream().filter(OwnMembership::active).map(OwnMembership::ecosystemId).toList();
		Owed owed = this.ledger.owedBy(user);
		CompanyCard profile = this.companies.ownProfile(user);
		return new MemberHome(today, owed, memberships.stream().filter((m) -> !m.active()).toList(),
				memberships.stream().filter(OwnMembership::charterToAccept).toList(), owed.dueWithin(today, DAYS),
				this.fairs.openStands(user.organisationId(), active),
				this.missions.newlyOpen(user.organisationId(), active), this.aids.followedClosing(user, DAYS),
				this.aids.eligible(user, ELIGIBLE_AIDS), profile.completeness(), profile.missingFields());
	}

	/** The blocks of the ecosystems this person coordinates, whatever their role. */
	public CoordinatorHome coordinator(CoopexUser user) {
		if (user == null || (user.role() != Role.COORDINATOR && user.role() != Role.MEMBER)) {
			return new CoordinatorHome(List.of());
		}
		List<Coordinated> coordinated = this.ecosystems.coordinated(user);
		if (coordinated.isEmpty()) {
			return new CoordinatorHome(List.of());
		}
		List<Long> ids = coordinated.stream().map(Coordinated::id).toList();
		List<StandFill> stands = this.fairs.fills(ids);
		Map<Long, EcosystemMoney> money = this.ledger.coordinated(user);
		return new CoordinatorHome(coordinated.stream()
			.map((e) -> new CoordinatorHome.EcosystemBlock(e,
					stands.stream().filter((s) -> s.ecosystemId() == e.id()).toList(), money.get(e.id())))
			.toList());
	}

	/** The agency officer's or the administrator's block; empty for anyone else. */
	public StaffHome staff(CoopexUser user) {
		if (user != null && user.role() == Role.AGENCY) {
			return new StaffHome(this.aids.dueForReverification(user, FIRST_FEW),
					this.labels.ofAgency(user)
						.stream()
						.filter((a) -> a.status() == ApplicationStatus.SUBMITTED
								|| a.status() == ApplicationStatus.UNDER_REVIEW)
						.toList(),
					0, 0);
		}
		if (user != null && user.role() == Role.ADMIN) {
			return new StaffHome(List.of(), List.of(), this.requests.pending(user).size(),
					this.accounts.search(user, null, null, AccountAdministration.State.LOCKED, PageRequest.of(0, 1))
						.getTotalElements());
		}
		return StaffHome.NONE;
	}

}
