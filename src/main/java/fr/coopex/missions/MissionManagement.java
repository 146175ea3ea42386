package fr.coopex.missions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.Markets;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.EcosystemManagement.Standing;
import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.ParticipantDraft;
import fr.coopex.ledger.PoolOwnerKind;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.ledger.PoolView;
import fr.coopex.missions.MissionEvents.MissionJoined;
import fr.coopex.missions.MissionEvents.MissionLeft;
import fr.coopex.missions.MissionEvents.MissionProposed;
import fr.coopex.missions.MissionEvents.MissionStatusChanged;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.Text;

/**
 * Prospection missions. Every rule is checked here: the ecosystem's coordinators and
 * member companies propose missions; member companies opt in and out while a mission is
 * open; a company's leads are read by that company and by the participants it shares each
 * one with, by nobody else (not even the coordinators). A mission the caller may not know
 * about answers as if it did not exist ({@link MissionNotFoundException}).
 * <p>
 * Each mission has its cost pool in the {@link Ledger} (equal shares by default), kept in
 * step in the same transaction as the mission (a refusal of the ledger undoes the
 * mission's change too): proposing a mission opens its pool and attaches it; a company
 * that opts in joins it (weight 1, with the facts subsidies look at), one that opts out
 * withdraws from it. Closing the mission (its participants are then set) posts the split
 * when the pool has costs and participants, and the person closing it runs the pool; a
 * mission whose costs are not known yet keeps an open pool, posted later from its
 * console. Opening the mission again reopens a posted pool. Finishing or cancelling it
 * leaves the pool as it is (costs already incurred are settled from the console).
 * Missions proposed before they had pools (no pool attached) are left out of the ledger.
 */
@Service
public class MissionManagement {

	static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

	private final Missions missions;

	private final Leads leads;

	private final EcosystemManagement ecosystems;

	private final CompanyManagement companies;

	private final AccountManagement accounts;

	private final Markets markets;

	private final Ledger ledger;

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MissionManagement(Missions missions, Leads leads, EcosystemManagement ecosystems, CompanyManagement companies,
			AccountManagement accounts, Markets markets, Ledger ledger, NamedParameterJdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.missions = missions;
		this.leads = leads;
		this.ecosystems = ecosystems;
		this.companies = companies;
		this.accounts = accounts;
		this.markets = markets;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What is proposed.
	 *
	 * @param market a country code or a zone ({@code Z-...}), as for company markets
	 * @param budget euros, at least zero, two decimals at most
	 */
	public record MissionDraft(String title, MissionKind kind, String market, LocalDate startsOn, LocalDate endsOn,
			BigDecimal budget, String description) {
	}

	/**
	 * A lead as a company writes it.
	 *
	 * @param sharedWith the participating companies that may read it (none: private)
	 */
	public record LeadDraft(String companyName, String contact, String country, String notes, LeadStage stage,
			Set<Long> sharedWith) {
	}

	// --- proposing and running
	// -------------------------------------------------------------------

	/**
	 * A coordinator of the ecosystem, or a member company for its own ecosystem, proposes
	 * a mission and opens its cost pool (which a proposing member then runs with the
	 * coordinators); a proposing company takes part at once.
	 */
	@Transactional
	public long propose(CoopexUser user, long ecosystemId, MissionDraft draft) {
		Standing access = access(user, ecosystemId);
		if (!access.insider()) {
			throw new MissionNotFoundException();
		}
		MissionDraft checked = validate(draft);
		Long company = access.activeMember() ? user.organisationId() : null;
		Mission mission = this.missions
			.saveAndFlush(new Mission(ecosystemId, user.id(), company, checked, this.clock.instant()));
		mission.attachPool(this.ledger.openPool(user, PoolOwnerKind.MISSION, mission.getId(), ecosystemId,
				mission.getTitle(), AllocationKey.EQUAL, Set.of()));
		this.events.publishEvent(new MissionProposed(mission.getId(), ecosystemId, checked.kind(), checked.market(),
				checked.budget(), user.id()));
		if (company != null) {
			insertParticipant(mission.getId(), company, user.id());
			joinPool(user, mission);
			this.events.publishEvent(new MissionJoined(mission.getId(), company, user.id()));
		}
		return mission.getId();
	}

	/**
	 * The ecosystem's coordinators (or the company that proposed the mission) close,
	 * reopen, finish or cancel it. Closing posts the split of the mission's cost pool
	 * when it has costs and participants; opening it again reopens a posted pool.
	 * @param version the version of the mission the page showed
	 */
	@Transactional
	public void changeStatus(CoopexUser user, long missionId, long version, MissionStatus next) {
		Mission mission = lock(missionId);
		Standing access = requireInsider(user, mission);
		if (!mayRun(user, access, mission)) {
			throw new AccessDeniedException("Only the coordinators or the proposing company run a mission");
		}
		if (mission.getVersion() != version) {
			throw new MissionException(null, "missions.changed-meanwhile");
		}
		MissionStatus previous = mission.getStatus();
		mission.changeStatus(next, this.clock.instant());
		if (mission.getPoolId() != null && (next == MissionStatus.CLOSED || next == MissionStatus.OPEN)
				&& this.ledger.manages(user, mission.getPoolId())) {
			PoolView pool = this.ledger.pool(user, mission.getPoolId());
			if (next == MissionStatus.CLOSED && pool.status() == PoolStatus.OPEN && !pool.items().isEmpty()
					&& !pool.activeParticipants().isEmpty()) {
				this.ledger.post(user, mission.getPoolId(), Ledger.ANY_VERSION);
			}
			else if (next == MissionStatus.OPEN && pool.status() == PoolStatus.POSTED) {
				this.ledger.reopen(user, mission.getPoolId(), Ledger.ANY_VERSION);
			}
		}
		this.events.publishEvent(new MissionStatusChanged(missionId, previous, next, user.id()));
	}

	// --- taking part
	// ----------------------------------------------------------------------------

	/** A member company opts in while the mission is open, and joins its cost pool. */
	@Transactional
	public void join(CoopexUser member, long missionId) {
		Mission mission = lock(missionId);
		Standing access = requireInsider(member, mission);
		if (!access.activeMember()) {
			throw new AccessDeniedException("Only member companies take part in missions");
		}
		if (mission.getStatus() != MissionStatus.OPEN) {
			throw new MissionException(null, "missions.not-open");
		}
		if (isParticipant(missionId, member.organisationId())) {
			throw new MissionException(null, "missions.already-in");
		}
		try {
			insertParticipant(missionId, member.organisationId(), member.id());
		}
		catch (DuplicateKeyException raced) {
			throw new MissionException(null, "missions.already-in");
		}
		joinPool(member, mission);
		this.events.publishEvent(new MissionJoined(missionId, member.organisationId(), member.id()));
	}

	/**
	 * A company opts out while the mission is open, and withdraws from its cost pool. Its
	 * leads stay its own; what others shared with it is no longer shown to it.
	 */
	@Transactional
	public void leave(CoopexUser member, long missionId) {
		Mission mission = lock(missionId);
		requireInsider(member, mission);
		if (mission.getStatus() != MissionStatus.OPEN) {
			throw new MissionException(null, "missions.not-open");
		}
		int removed = this.jdbc.update(
				"delete from mission_participant where mission_id = :mission and company_id = :company",
				params(missionId, member.organisationId()));
		if (removed == 0) {
			throw new MissionException(null, "missions.not-in");
		}
		if (mission.getPoolId() != null) {
			this.ledger.withdraw(member, mission.getPoolId(), member.organisationId());
		}
		this.events.publishEvent(new MissionLeft(missionId, member.organisationId(), member.id()));
	}

	// --- leads and findings
	// ---------------------------------------------------------------------

	/** A participant records a lead, private unless shared with named participants. */
	@Transactional
	public long addLead(CoopexUser member, long missionId, LeadDraft draft) {
		Mission mission = requireParticipantToWrite(member, missionId);
		Lead lead = new Lead(missionId, member.organisationId(), member.id(), this.clock.instant());
		lead.describe(validate(draft), shares(mission, member, draft.sharedWith()), this.clock.instant());
		return this.leads.saveAndFlush(lead).getId();
	}

	/** The company that entered a lead updates it (its stage, notes, shares). */
	@Transactional
	public void updateLead(CoopexUser member, long missionId, long leadId, long version, LeadDraft draft) {
		Mission mission = requireParticipantToWrite(member, missionId);
		Lead lead = ownLead(member, missionId, leadId);
		if (lead.getVersion() != version) {
			throw new MissionException(null, "missions.lead.changed-meanwhile");
		}
		lead.describe(validate(draft), shares(mission, member, draft.sharedWith()), this.clock.instant());
		try {
			this.leads.saveAndFlush(lead);
		}
		catch (ObjectOptimisticLockingFailureException raced) {
			throw new MissionException(null, "missions.lead.changed-meanwhile");
		}
	}

	/** A company's own lead, to edit. */
	@Transactional(readOnly = true)
	public MissionPage.LeadLine ownLead(CoopexUser member, long missionId, long leadId, Locale locale) {
		requireInsider(member, this.missions.findById(missionId).orElseThrow(MissionNotFoundException::new));
		Lead lead = ownLead(member, missionId, leadId);
		return line(lead, null, List.of());
	}

	/** A participant or coordinator shares a market note with every participant. */
	@Transactional
	public void addFinding(CoopexUser user, long missionId, String title, String text) {
		Mission mission = this.missions.findById(missionId).orElseThrow(MissionNotFoundException::new);
		Standing access = requireInsider(user, mission);
		boolean participant = access.activeMember() && isParticipant(missionId, user.organisationId());
		if (!access.coordinator() && !participant) {
			throw new AccessDeniedException("Only participants and coordinators share findings");
		}
		if (mission.getStatus() == MissionStatus.CANCELLED) {
			throw new MissionException(null, "missions.cancelled");
		}
		String cleanTitle = Text.clean(title);
		String cleanText = Text.clean(text);
		if (cleanTitle == null || cleanTitle.length() > 200) {
			throw new MissionException("title", cleanTitle == null ? "NotBlank" : "Size");
		}
		if (cleanText == null || cleanText.length() > 4000) {
			throw new MissionException("text", cleanText == null ? "NotBlank" : "Size");
		}
		this.jdbc.update("""
				insert into mission_finding (mission_id, company_id, author_id, title, text, created_at)
				values (:mission, :company, :author, :title, :text, :at)
				""",
				params(missionId, participant ? user.organisationId() : null).addValue("author", user.id())
					.addValue("title", cleanTitle)
					.addValue("text", cleanText)
					.addValue("at", Timestamp.from(this.clock.instant())));
	}

	// --- reading
	// --------------------------------------------------------------------------------

	/** The mission as this viewer may see it. */
	@Transactional(readOnly = true)
	public MissionPage page(CoopexUser viewer, long missionId) {
		Mission mission = this.missions.findById(missionId).orElseThrow(MissionNotFoundException::new);
		Standing access = requireInsider(viewer, mission);
		List<Long> participantIds = participantIds(missionId);
		boolean participant = access.activeMember() && participantIds.contains(viewer.organisationId());
		MissionSummary summary = summary(mission, access.ecosystemName(), participantIds.size());
		List<MissionPage.Participant> participants = List.of();
		List<MissionPage.LeadLine> own = List.of();
		List<MissionPage.LeadLine> shared = List.of();
		List<MissionPage.Finding> findings = List.of();
		if (access.coordinator() || participant) {
			Map<Long, CompanyCard> cards = this.companies.cardsAtEcosystemLevel(participantIds);
			participants = participantIds.stream()
				.map((id) -> new MissionPage.Participant(id, name(cards, id)))
				.toList();
			findings = findings(missionId);
			if (participant) {
				Map<Long, String> names = new HashMap<>();
				cards.forEach((id, card) -> names.put(id, card.displayName()));
				own = this.leads
					.findByMissionIdAndCompanyIdOrderByUpdatedAtDescIdDesc(missionId, viewer.organisationId())
					.stream()
					.map((lead) -> line(lead, null, lead.getSharedWith().stream().map(names::get).toList()))
					.toList();
				shared = this.leads.sharedWith(missionId, viewer.organisationId())
					.stream()
					.map((lead) -> line(lead, names.getOrDefault(lead.getCompanyId(), ""), List.of()))
					.toList();
			}
		}
		List<MissionPage.Participant> others = participants.stream()
			.filter((p) -> viewer.role() != Role.MEMBER || p.companyId() != viewer.organisationId())
			.toList();
		boolean runs = mayRun(viewer, access, mission);
		boolean poolManager = mission.getPoolId() != null
				&& (access.coordinator() || (runs && this.ledger.manages(viewer, mission.getPoolId())));
		return new MissionPage(summary, mission.getDescription(), mission.getVersion(), access.coordinator(),
				access.activeMember() && !participant && mission.getStatus() == MissionStatus.OPEN, participant,
				participants, others, own, shared, findings, runs ? mission.getStatus().next() : List.of(),
				poolManager);
	}

	/**
	 * The missions of the ecosystems the viewer coordinates or whose member company it is
	 * (optionally one ecosystem only).
	 */
	@Transactional(readOnly = true)
	public List<MissionSummary> visibleTo(CoopexUser viewer, Long ecosystemId) {
		Map<Long, String> names = insiderEcosystems(viewer);
		if (ecosystemId != null) {
			if (!names.containsKey(ecosystemId)) {
				throw new MissionNotFoundException();
			}
			names = Map.of(ecosystemId, names.get(ecosystemId));
		}
		if (names.isEmpty()) {
			return List.of();
		}
		List<Mission> found = this.missions.findByEcosystemIdInOrderByStartsOnDesc(names.keySet());
		Map<Long, Integer> counts = participantCounts(found.stream().map(Mission::getId).toList());
		Map<Long, String> ecosystemNames = names;
		return found.stream()
			.map((m) -> summary(m, ecosystemNames.get(m.getEcosystemId()), counts.getOrDefault(m.getId(), 0)))
			.toList();
	}

	/** The ecosystems in which this person may propose a mission. */
	@Transactional(readOnly = true)
	public List<EcosystemSummary> ecosystemsToProposeIn(CoopexUser user) {
		Map<Long, String> names = insiderEcosystems(user);
		return this.ecosystems.mine(user).stream().filter((e) -> names.containsKey(e.id())).toList();
	}

	/** A mission for other modules (the ledger): its participants, never a lead. */
	@Transactional(readOnly = true)
	public MissionView view(long missionId) {
		Mission m = this.missions.findById(missionId).orElseThrow(MissionNotFoundException::new);
		return new MissionView(m.getId(), m.getEcosystemId(), m.getTitle(), m.getKind(), m.getMarket(), m.getStartsOn(),
				m.getEndsOn(), m.getBudget(), m.getStatus(), m.getPoolId(), participantIds(missionId));
	}

	/** Whether this person's company takes part in the mission. */
	@Transactional(readOnly = true)
	public boolean isParticipant(CoopexUser user, long missionId) {
		return user != null && user.role() == Role.MEMBER && isParticipant(missionId, user.organisationId());
	}

	// --- internals
	// ------------------------------------------------------------------------------

	/**
	 * The member's company joins the mission's pool: weight 1 (or the weight a manager
	 * typed for it, when it comes back), and what subsidies look at as its profile shows
	 * them within its ecosystems.
	 */
	private void joinPool(CoopexUser member, Mission mission) {
		if (mission.getPoolId() == null) {
			return;
		}
		long companyId = member.organisationId();
		CompanyCard card = this.companies.cardsAtEcosystemLevel(List.of(companyId)).get(companyId);
		String name = (card != null && card.displayName() != null) ? card.displayName() : member.organisationName();
		Integer headcount = (card != null && card.headcount() != null) ? card.headcount().max() : null;
		boolean firstTime = card != null && card.exportSituation() != null
				&& card.exportSituation().isFirstTimeExporter();
		BigDecimal weight = this.ledger.participant(member, mission.getPoolId(), companyId)
			.map(PoolView.Participant::weight)
			.orElse(BigDecimal.ONE);
		try {
			this.ledger.join(member, mission.getPoolId(),
					new ParticipantDraft(companyId, name, BigDecimal.ZERO, weight, headcount, firstTime, 0));
		}
		catch (LedgerException refused) {
			// e.g. the costs were already split among the participants (the pool is
			// posted): the mission says so in its own words, and nothing is kept
			throw new MissionException(null, "missions.join.costs-split");
		}
	}

	private Mission requireParticipantToWrite(CoopexUser member, long missionId) {
		Mission mission = this.missions.findById(missionId).orElseThrow(MissionNotFoundException::new);
		Standing access = requireInsider(member, mission);
		if (!access.activeMember() || !isParticipant(missionId, member.organisationId())) {
			throw new AccessDeniedException("Only participants record leads");
		}
		if (mission.getStatus() == MissionStatus.CANCELLED) {
			throw new MissionException(null, "missions.cancelled");
		}
		return mission;
	}

	private Lead ownLead(CoopexUser member, long missionId, long leadId) {
		// another company's lead answers as if it did not exist
		return this.leads.findById(leadId)
			.filter((l) -> l.getMissionId() == missionId && member.role() == Role.MEMBER
					&& l.getCompanyId() == member.organisationId())
			.orElseThrow(MissionNotFoundException::new);
	}

	/** The companies a lead is shared with: participants other than its owner. */
	private Set<Long> shares(Mission mission, CoopexUser owner, Set<Long> requested) {
		Set<Long> shares = new HashSet<>(requested == null ? Set.of() : requested);
		shares.remove(owner.organisationId());
		if (!participantIds(mission.getId()).containsAll(shares)) {
			throw new MissionException("sharedWith", "missions.lead.share-not-participant");
		}
		return shares;
	}

	private boolean mayRun(CoopexUser user, Standing access, Mission mission) {
		return access.coordinator() || (access.activeMember() && mission.getProposedByCompany() != null
				&& mission.getProposedByCompany() == user.organisationId());
	}

	private Mission lock(long missionId) {
		return this.missions.lockById(missionId).orElseThrow(MissionNotFoundException::new);
	}

	private Standing requireInsider(CoopexUser user, Mission mission) {
		Standing access = access(user, mission.getEcosystemId());
		if (!access.insider()) {
			throw new MissionNotFoundException();
		}
		return access;
	}

	private Standing access(CoopexUser viewer, long ecosystemId) {
		return this.ecosystems.standing(viewer, ecosystemId);
	}

	private Map<Long, String> insiderEcosystems(CoopexUser viewer) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (viewer == null) {
			return names;
		}
		for (EcosystemSummary summary : this.ecosystems.mine(viewer)) {
			if (access(viewer, summary.id()).insider()) {
				names.put(summary.id(), summary.name());
			}
		}
		return names;
	}

	private boolean isParticipant(long missionId, long companyId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from mission_participant where mission_id = :mission and company_id = :company",
				params(missionId, companyId), Integer.class);
		return count != null && count > 0;
	}

	private List<Long> participantIds(long missionId) {
		return this.jdbc.queryForList(
				"select company_id from mission_participant where mission_id = :mission order by joined_at, company_id",
				new MapSqlParameterSource("mission", missionId), Long.class);
	}

	private Map<Long, Integer> participantCounts(Collection<Long> missionIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (!missionIds.isEmpty()) {
			this.jdbc.query(
					"select mission_id, count(*) from mission_participant where mission_id in (:ids) group by mission_id",
					new MapSqlParameterSource("ids", missionIds), (rs) -> {
						counts.put(rs.getLong(1), rs.getInt(2));
					});
		}
		return counts;
	}

	private void insertParticipant(long missionId, long companyId, long userId) {
		this.jdbc.update("""
				insert into mission_participant (mission_id, company_id, joined_by, joined_at)
				values (:mission, :company, :user, :at)
				""", params(missionId, companyId).addValue("user", userId)
			.addValue("at", Timestamp.from(this.clock.instant())));
	}

	private List<MissionPage.Finding> findings(long missionId) {
		List<Object[]> rows = this.jdbc.query(
				"select id, author_id, title, text, created_at from mission_finding where mission_id = :mission order by created_at desc, id desc",
				new MapSqlParameterSource("mission", missionId), (rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2),
						rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant() });
		Map<Long, String> authors = new HashMap<>();
		List<MissionPage.Finding> findings = new ArrayList<>();
		for (Object[] row : rows) {
			String author = authors.computeIfAbsent((Long) row[1],
					(id) -> this.accounts.find(id)
						.map((a) -> a.displayName() + " (" + a.organisationName() + ")")
						.orElse(""));
			findings.add(
					new MissionPage.Finding((Long) row[0], author, (String) row[2], (String) row[3], (Instant) row[4]));
		}
		return findings;
	}

	private static MapSqlParameterSource params(long missionId, Long companyId) {
		return new MapSqlParameterSource("mission", missionId).addValue("company", companyId);
	}

	private static String name(Map<Long, CompanyCard> cards, long id) {
		CompanyCard card = cards.get(id);
		return card == null ? "" : card.displayName();
	}

	private static MissionSummary summary(Mission m, String ecosystemName, int participants) {
		return new MissionSummary(m.getId(), m.getEcosystemId(), ecosystemName, m.getTitle(), m.getKind(),
				m.getMarket(), m.getStartsOn(), m.getEndsOn(), m.getBudget(), m.getStatus(), participants,
				m.getPoolId());
	}

	private static MissionPage.LeadLine line(Lead lead, String ownerName, List<String> sharedWith) {
		return new MissionPage.LeadLine(lead.getId(), ownerName, lead.getCompanyName(), lead.getContact(),
				lead.getCountry(), lead.getNotes(), lead.getStage(), sharedWith,
				ownerName == null ? List.copyOf(lead.getSharedWith()) : List.of(), lead.getUpdatedAt(),
				lead.getVersion());
	}

	private MissionDraft validate(MissionDraft draft) {
		if (Text.clean(draft.title()) == null) {
			throw new MissionException("title", "NotBlank");
		}
		if (draft.kind() == null) {
			throw new MissionException("kind", "NotNull");
		}
		if (!this.markets.isValid(draft.market())) {
			throw new MissionException("market", "missions.form.market-unknown");
		}
		if (draft.startsOn() == null) {
			throw new MissionException("startsOn", "NotNull");
		}
		if (draft.endsOn() == null) {
			throw new MissionException("endsOn", "NotNull");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
		if (draft.startsOn().isBefore(today.minusYears(1)) || draft.startsOn().isAfter(today.plusYears(10))) {
			throw new MissionException("startsOn", "missions.form.date-out-of-range");
		}
		if (draft.endsOn().isBefore(draft.startsOn())) {
			throw new MissionException("endsOn", "missions.form.end-before-start");
		}
		BigDecimal budget = draft.budget();
		if (budget == null) {
			throw new MissionException("budget", "NotNull");
		}
		if (budget.signum() < 0) {
			throw new MissionException("budget", "missions.form.budget-negative");
		}
		if (budget.stripTrailingZeros().scale() > 2) {
			throw new MissionException("budget", "missions.form.budget-cents");
		}
		if (budget.compareTo(MAX_BUDGET) > 0) {
			throw new MissionException("budget", "missions.form.budget-too-large");
		}
		return new MissionDraft(draft.title().strip(), draft.kind(), draft.market(), draft.startsOn(), draft.endsOn(),
				budget.setScale(2, RoundingMode.UNNECESSARY), Text.clean(draft.description()));
	}

	private LeadDraft validate(LeadDraft draft) {
		if (Text.clean(draft.companyName()) == null) {
			throw new MissionException("companyName", "NotBlank");
		}
		String country = Text.clean(draft.country());
		if (country != null && (country.startsWith("Z-") || !this.markets.isValid(country))) {
			throw new MissionException("country", "missions.lead.country-unknown");
		}
		if (draft.stage() == null) {
			throw new MissionException("stage", "NotNull");
		}
		return new LeadDraft(draft.companyName().strip(), Text.clean(draft.contact()), country,
				Text.clean(draft.notes()), draft.stage(), draft.sharedWith());
	}

}
