package fr.coopex.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.coopex.aids.AidCatalogue;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.AidView;
import fr.coopex.aids.PaysFor;
import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.LedgerEvents.DepositsCalled;
import fr.coopex.ledger.LedgerEvents.ParticipantWithdrew;
import fr.coopex.ledger.LedgerEvents.PoolChange;
import fr.coopex.ledger.LedgerEvents.PoolChanged;
import fr.coopex.ledger.LedgerEvents.PaymentRecorded;
import fr.coopex.ledger.LedgerEvents.SplitPosted;
import fr.coopex.ledger.PoolView.CashCall;
import fr.coopex.ledger.PoolView.CashCallLine;
import fr.coopex.ledger.PoolView.Participant;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.PoolView.Payment;
import fr.coopex.ledger.PoolView.Problem;
import fr.coopex.ledger.Settlement.Party;
import fr.coopex.ledger.Settlement.Transfer;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * The ledger's public service: cost pools of shared stands and missions, their split,
 * posting, payments, cash calls, balances and settlement. See the package documentation
 * for how the fairs and missions modules use it.
 * <p>
 * Every method checks who asks: a pool is run by the coordinators of its ecosystem (and
 * the managers named when it was opened); a member company sees only the pools it takes
 * part in; anyone else is told the pool does not exist ({@link PoolNotFoundException}).
 * Methods that change a pool take the version the caller's form was built on and refuse a
 * stale one ({@code ledger.stale}); {@link #ANY_VERSION} skips that check (calls from
 * another module acting on the current state; never reachable from a request). A refused
 * change throws {@link LedgerException} and changes nothing.
 */
@Service
public class Ledger {

	/**
	 * Skips the version check: for code of other modules acting on the current state,
	 * never for a version that came with a request (the console refuses any negative
	 * version as stale).
	 */
	public static final long ANY_VERSION = Long.MIN_VALUE;

	private static final int MAX_LABEL = 200;

	private static final String WEIGHTS_ZERO = "ledger.split.weights-zero";

	/** What an aid must pay for to fund a subsidy of a stand or a mission. */
	private static final Set<PaysFor> SHARED_COSTS = EnumSet.of(PaysFor.TRADE_FAIRS, PaysFor.PROSPECTION,
			PaysFor.COLLECTIVE_ACTIONS);

	private final JdbcTemplate jdbc;

	private final EcosystemManagement ecosystems;

	/** The catalogue of aids a subsidy may come from. */
	private final AidCatalogue aids;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The companies' cards, for their names as each viewer may see them. */
	private final CompanyManagement companies;

	Ledger(JdbcTemplate jdbc, EcosystemManagement ecosystems, AidCatalogue aids, ApplicationEventPublisher events,
			Clock clock, CompanyManagement companies) {
		this.companies = companies;
		this.jdbc = jdbc;
		this.ecosystems = ecosystems;
		this.aids = aids;
		this.events = events;
		this.clock = clock;
	}

	/** A pool that does not exist, or that the caller may not know about. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class PoolNotFoundException extends RuntimeException {

		public PoolNotFoundException() {
			super("No such pool");
		}

	}

	/** A payment between two parties of a pool ({@code null}: the coordination body). */
	public record PaymentDraft(Long payerCompanyId, Long payeeCompanyId, BigDecimal amount, LocalDate paidOn,
			String reference) {
	}

	/** A member company's pools in one ecosystem, and where it stands in each. */
	public record EcosystemAccount(long ecosystemId, Long companyId, List<PoolLine> pools, List<PartyBalance> balances,
			List<Transfer> transfers) {
	}

	/**
	 * One pool in a list or an ecosystem account: the company's share (provisional until
	 * confirmed), its balance and what of it is due now; null for a viewer who is not a
	 * participant.
	 */
	public record PoolLine(long poolId, String title, PoolStatus status, BigDecimal share, BigDecimal balance,
			BigDecimal dueNow) {
	}

	// --- opening and running a pool
	// ---------------------------------------------------------

	/**
	 * Opens the cost pool of a stand or a mission. Stands are opened by a coordinator of
	 * the ecosystem; missions also by a member of it (who then manages the pool with the
	 * coordinators).
	 * @param managers other people who run this pool besides the ecosystem's coordinators
	 * @return the pool id
	 */
	@Transactional
	public long openPool(CoopexUser by, PoolOwnerKind ownerKind, long ownerId, long ecosystemId, String title,
			AllocationKey defaultKey, Set<Long> managers) {
		boolean coordinator = this.ecosystems.isCoordinator(by, ecosystemId);
		if (!coordinator) {
			if (ownerKind != PoolOwnerKind.MISSION || by == null || by.role() != Role.MEMBER) {
				throw new AccessDeniedException("Only the ecosystem's coordinators open this pool");
			}
			this.ecosystems.requireInsider(by, ecosystemId);
		}
		String cleanTitle = label(title, "title", "ledger.pool.title-required");
		if (defaultKey == null || !defaultKey.canSpreadRest()) {
			throw new LedgerException("defaultKey", "ledger.key.invalid-default");
		}
		if (poolOf(ownerKind, ownerId).isPresent()) {
			throw new LedgerException(null, "ledger.pool.exists");
		}
		Instant now = this.clock.instant();
		long id = insert(
				"insert into ledger_pool (owner_kind, owner_id, ecosystem_id, title, default_key, status, created_by, created_at, updated_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				ownerKind.name(), ownerId, ecosystemId, cleanTitle, defaultKey.name(), PoolStatus.OPEN.name(), by.id(),
				Timestamp.from(now), Timestamp.from(now));
		Set<Long> named = new java.util.TreeSet<>((managers != null) ? managers : Set.of());
		if (!coordinator) {
			named.add(by.id());
		}
		for (Long manager : named) {
			this.jdbc.update("insert into ledger_pool_manager (pool_id, user_id) values (?, ?)", id, manager);
		}
		return id;
	}

	/** The pool of a stand or a mission, if one was opened. */
	@Transactional(readOnly = true)
	public Optional<Long> poolOf(PoolOwnerKind ownerKind, long ownerId) {
		return this.jdbc
			.queryForList("select id from ledger_pool where owner_kind = ? and owner_id = ?", Long.class,
					ownerKind.name(), ownerId)
			.stream()
			.findFirst();
	}

	/** Renames the pool (while open). */
	@Transactional
	public void rename(CoopexUser by, long poolId, long version, String title) {
		String cleanTitle = label(title, "title", "ledger.pool.title-required");
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		this.jdbc.update("update ledger_pool set title = ? where id = ?", cleanTitle, poolId);
	}

	/** Changes the pool's allocation key (while open). */
	@Transactional
	public void changeKey(CoopexUser by, long poolId, long version, AllocationKey key) {
		if (key == null || !key.canSpreadRest()) {
			throw new LedgerException("defaultKey", "ledger.key.invalid-default");
		}
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		SplitInput before = input(pool);
		requireStillSplits(before, new SplitInput(key, before.participants(), before.items(), before.subsidies()));
		this.jdbc.update("update ledger_pool set default_key = ? where id = ?", key.name(), poolId);
		changed(by, pool, PoolChange.KEY_CHANGED, key.name());
	}

	/** Adds a cost item (while open). */
	@Transactional
	public long addItem(CoopexUser by, long poolId, long version, CostItemDraft item) {
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		CostItemDraft clean = validItem(pool, item);
		long id = insert(
				"insert into ledger_cost_item (pool_id, label, category, amount, vat_rate, paid_by, advanced_by, allocation_key, rest_key) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				poolId, clean.label(), clean.category().name(), clean.amount(), clean.vatRate(), clean.paidBy().name(),
				clean.advancedBy(), name(clean.key()), name(clean.restKey()));
		insertFixedAmounts(id, clean);
		changed(by, pool, PoolChange.COST_ITEM_ADDED, itemDetail(clean));
		return id;
	}

	/** Changes a cost item (while open). */
	@Transactional
	public void updateItem(CoopexUser by, long poolId, long version, long itemId, CostItemDraft item) {
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		requireItem(poolId, itemId);
		CostItemDraft clean = validItem(pool, item);
		this.jdbc.update(
				"update ledger_cost_item set label = ?, category = ?, amount = ?, vat_rate = ?, paid_by = ?, advanced_by = ?, "
						+ "allocation_key = ?, rest_key = ? where id = ?",
				clean.label(), clean.category().name(), clean.amount(), clean.vatRate(), clean.paidBy().name(),
				clean.advancedBy(), name(clean.key()), name(clean.restKey()), itemId);
		this.jdbc.update("delete from ledger_fixed_amount where item_id = ?", itemId);
		insertFixedAmounts(itemId, clean);
		changed(by, pool, PoolChange.COST_ITEM_CHANGED, itemDetail(clean));
	}

	@Transactional
	public void removeItem(CoopexUser by, long poolId, long version, long itemId) {
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		requireItem(poolId, itemId);
		String removed = this.jdbc
			.query("select label, amount from ledger_cost_item where id = ?",
					(rs, n) -> rs.getString("label") + ": " + plain(rs.getBigDecimal("amount")), itemId)
			.stream()
			.findFirst()
			.orElse("");
		this.jdbc.update("delete from ledger_fixed_amount where item_id = ?", itemId);
		this.jdbc.update("delete from ledger_cost_item where id = ?", itemId);
		changed(by, pool, PoolChange.COST_ITEM_REMOVED, removed);
	}

	/** Adds a subsidy (while open). */
	@Transactional
	public long addSubsidy(CoopexUser by, long poolId, long version, SubsidyDraft subsidy) {
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		String cleanLabel = label((subsidy != null) ? subsidy.label() : null, "label", "ledger.subsidy.label-required");
		SubsidyDraft clean = new SubsidyDraft(cleanLabel, subsidy.amount(), subsidy.rate(), subsidy.categories(),
				subsidy.maxHeadcount(), subsidy.firstTimeExportersOnly(), subsidy.maxPreviousParticipations(),
				subsidy.capPerParticipant(), blankToNull(subsidy.aidId()));
		if (clean.aidId() != null && (clean.catalogueAid() == null
				|| this.aids.published(clean.catalogueAid()).filter(Ledger::paysForSharedCosts).isEmpty())) {
			throw new LedgerException("aidId", "ledger.subsidy.aid-unknown");
		}
		SplitEngine.split(
				new SplitInput(AllocationKey.EQUAL, List.of(), List.of(), List.of(new SplitInput.Subsidy(0, clean))));
		changed(by, pool, PoolChange.SUBSIDY_ADDED, clean.label());
		return insert(
				"insert into ledger_subsidy (pool_id, label, amount, rate, categories, max_headcount, first_time_only, max_previous, cap, aid_id) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				poolId, clean.label(), clean.amount(), clean.rate(),
				clean.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
				clean.maxHeadcount(), clean.firstTimeExportersOnly(), clean.maxPreviousParticipations(),
				clean.capPerParticipant(), clean.aidId());
	}

	/** An aid of the catalogue a subsidy may come from. */
	public record CatalogueAid(long id, String name) {
	}

	/**
	 * The aids a subsidy may come from, by name: published, current (not historical) and
	 * paying for trade fairs, prospection or collective actions.
	 */
	public List<CatalogueAid> aidsForSubsidies() {
		return this.aids.published()
			.stream()
			.filter(Ledger::paysForSharedCosts)
			.map((aid) -> new CatalogueAid(aid.id(), aid.displayName()))
			.sorted(Comparator.comparing(CatalogueAid::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The name of the published aid a subsidy links to, if it is still published. */
	public Optional<String> aidName(long aidId) {
		return this.aids.published(aidId).map(AidView::displayName);
	}

	private static boolean paysForSharedCosts(AidView aid) {
		return aid.data().status() != AidStatus.HISTORICAL
				&& aid.data().paysFor().stream().anyMatch(SHARED_COSTS::contains);
	}

	@Transactional
	public void removeSubsidy(CoopexUser by, long poolId, long version, long subsidyId) {
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		if (this.jdbc.update("delete from ledger_subsidy where id = ? and pool_id = ?", subsidyId, poolId) == 0) {
			throw new PoolNotFoundException();
		}
		changed(by, pool, PoolChange.SUBSIDY_REMOVED, null);
	}

	/**
	 * Adds a participant or updates it (area, weight, subsidy criteria) while the pool is
	 * open. Called by the owner module when a company books or opts in: a manager of the
	 * pool, or a member for its own company.
	 */
	@Transactional
	public void join(CoopexUser by, long poolId, ParticipantDraft participant) {
		PoolRow pool = lock(poolId, ANY_VERSION);
		boolean manager = isManager(by, pool);
		boolean self = by != null && by.role() == Role.MEMBER && by.organisationId() == participant.companyId();
		if (!manager && !self) {
			throw new AccessDeniedException("Not a manager of pool " + poolId);
		}
		pool.requireOpen();
		String name = label(participant.name(), "name", "ledger.participant.name-required");
		ParticipantDraft clean = new ParticipantDraft(participant.companyId(), name, participant.area(),
				participant.weight(), participant.headcount(), participant.firstTimeExporter(),
				participant.previousParticipations());
		SplitEngine.split(new SplitInput(AllocationKey.EQUAL, List.of(clean), List.of(), List.of()));
		Instant now = this.clock.instant();
		int updated = this.jdbc.update(
				"update ledger_participant set company_name = ?, area = ?, weight = ?, headcount = ?, first_time_exporter = ?, "
						+ "previous_participations = ?, status = 'ACTIVE', withdrawn_at = null where pool_id = ? and company_id = ?",
				clean.name(), clean.area(), clean.weight(), clean.headcount(), clean.firstTimeExporter(),
				clean.previousParticipations(), poolId, clean.companyId());
		if (updated == 0) {
			this.jdbc.update(
					"insert into ledger_participant (pool_id, company_id, company_name, area, weight, headcount, first_time_exporter, "
							+ "previous_participations, status, joined_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)",
					poolId, clean.companyId(), clean.name(), clean.area(), clean.weight(), clean.headcount(),
					clean.firstTimeExporter(), clean.previousParticipations(), Timestamp.from(now));
		}
	}

	/** A manager types a participant's area and weight (while open). */
	@Transactional
	public void setKeys(CoopexUser by, long poolId, long version, long companyId, BigDecimal area, BigDecimal weight) {
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		List<Participant> participants = participants(poolId);
		Participant participant = participants.stream()
			.filter((p) -> p.companyId() == companyId && !p.withdrawn())
			.findFirst()
			.orElseThrow(PoolNotFoundException::new);
		ParticipantDraft changed = new ParticipantDraft(companyId, participant.name(), area, weight,
				participant.headcount(), participant.firstTimeExporter(), participant.previousParticipations());
		SplitEngine.split(new SplitInput(AllocationKey.EQUAL, List.of(changed), List.of(), List.of()));
		SplitInput before = input(pool, participants);
		requireStillSplits(before,
				new SplitInput(before.defaultKey(),
						before.participants().stream().map((p) -> (p.companyId() == companyId) ? changed : p).toList(),
						before.items(), before.subsidies()));
		this.jdbc.update("update ledger_participant set area = ?, weight = ? where pool_id = ? and company_id = ?",
				changed.area(), changed.weight(), poolId, companyId);
		changed(by, pool, PoolChange.PARTICIPANT_KEYS_SET,
				participant.name() + ": " + plain(changed.area()) + " m², " + plain(changed.weight()));
	}

	/**
	 * Refuses a change of keys that leaves an item with nothing to split it by (the areas
	 * or weights of all participants at zero), with the engine's message naming the item;
	 * a pool that could not be split that way before the change is not held to it.
	 */
	private static void requireStillSplits(SplitInput before, SplitInput after) {
		if (failsWith(after, WEIGHTS_ZERO) && !failsWith(before, WEIGHTS_ZERO)) {
			SplitEngine.split(after);
		}
	}

	private static boolean failsWith(SplitInput input, String messageKey) {
		try {
			SplitEngine.split(input);
			return false;
		}
		catch (LedgerException ex) {
			return messageKey.equals(ex.messageKey());
		}
	}

	/**
	 * A participant leaves the pool (the owner module decides whether it still may, e.g.
	 * before the booking deadline): it is taken out of the split, the costs are split
	 * again among the others and, when the split was posted, the previous posting is
	 * reversed and the new one posted. What it paid is then owed back to it, and the
	 * settlement shows the refund.
	 */
	@Transactional
	public void withdraw(CoopexUser by, long poolId, long companyId) {
		PoolRow pool = lock(poolId, ANY_VERSION);
		boolean self = by != null && by.role() == Role.MEMBER && by.organisationId() == companyId;
		if (!isManager(by, pool) && !self) {
			throw new AccessDeniedException("Not a manager of pool " + poolId);
		}
		if (pool.status == PoolStatus.CANCELLED) {
			throw new LedgerException(null, "ledger.pool.cancelled");
		}
		int changed = this.jdbc.update(
				"update ledger_participant set status = 'WITHDRAWN', withdrawn_at = ? where pool_id = ? and company_id = ? and status = 'ACTIVE'",
				Timestamp.from(this.clock.instant()), poolId, companyId);
		if (changed == 0) {
			throw new LedgerException(null, "ledger.participant.not-active");
		}
		// its cash calls are cancelled, each line by a reversing row
		this.jdbc.update(
				"insert into ledger_cash_call_reversal (cash_call_id, company_id, amount, reason, created_by, created_at) "
						+ "select l.cash_call_id, l.company_id, -l.amount, 'WITHDRAWAL', ?, ? from ledger_cash_call_line l "
						+ "join ledger_cash_call c on c.id = l.cash_call_id where c.pool_id = ? and l.company_id = ? "
						+ "and not exists (select 1 from ledger_cash_call_reversal r "
						+ "where r.cash_call_id = l.cash_call_id and r.company_id = l.company_id)",
				(by != null) ? by.id() : null, Timestamp.from(this.clock.instant()), poolId, companyId);
		if (pool.status == PoolStatus.POSTED) {
			postSplit(pool, (by != null) ? by.id() : null, "WITHDRAWAL");
		}
		this.events.publishEvent(new ParticipantWithdrew(poolId, pool.title, companyId, (by != null) ? by.id() : null));
	}

	// --- splitting and posting
	// ---------------------------------------------------------------

	/** The split of the pool as it stands (not posted), for who may see the pool. */
	@Transactional(readOnly = true)
	public Split preview(CoopexUser viewer, long poolId) {
		PoolRow pool = visible(viewer, poolId);
		return SplitEngine.split(input(pool));
	}

	/**
	 * Confirms the split: writes the shares, advances, direct billings and subsidies as
	 * ledger entries, keeps each participant's lines, and closes the pool to changes.
	 * Posting again after {@link #reopen} first reverses the previous posting.
	 */
	@Transactional
	public void post(CoopexUser by, long poolId, long version) {
		PoolRow pool = managed(by, poolId, version);
		pool.requireOpen();
		postSplit(pool, by.id(), (pool.currentPostingId == null) ? "SPLIT" : "AMENDMENT");
	}

	/**
	 * Reopens a posted pool for an amendment. Its entries stay as they are until it is
	 * posted again.
	 */
	@Transactional
	public void reopen(CoopexUser by, long poolId, long version) {
		PoolRow pool = managed(by, poolId, version);
		if (pool.status != PoolStatus.POSTED) {
			throw new LedgerException(null, "ledger.pool.not-posted");
		}
		this.jdbc.update("update ledger_pool set status = ? where id = ?", PoolStatus.OPEN.name(), poolId);
		changed(by, pool, PoolChange.REOPENED, null);
	}

	private void changed(CoopexUser by, PoolRow pool, PoolChange change, String detail) {
		this.events.publishEvent(new PoolChanged(pool.id, pool.title, change, detail, (by != null) ? by.id() : null));
	}

	private static String itemDetail(CostItemDraft item) {
		return item.label() + ": " + plain(item.amount());
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "-";
	}

	// --- payments and cash calls
	// -------------------------------------------------------------

	/**
	 * Records a payment between two parties of the pool: a participant paying the
	 * coordination body, a refund, or a transfer between participants.
	 */
	@Transactional
	public long recordPayment(CoopexUser by, long poolId, long version, PaymentDraft payment) {
		PoolRow pool = managed(by, poolId, version);
		if (pool.status == PoolStatus.CANCELLED) {
			throw new LedgerException(null, "ledger.pool.cancelled");
		}
		long cents = SplitEngine.cents(payment.amount(), "amount");
		if (cents == 0) {
			throw new LedgerException("amount", "ledger.payment.zero");
		}
		if (Objects.equals(payment.payerCompanyId(), payment.payeeCompanyId())) {
			throw new LedgerException("payee", "ledger.payment.same-party");
		}
		Set<Long> parties = participants(poolId).stream().map(Participant::companyId).collect(Collectors.toSet());
		if ((payment.payerCompanyId() != null && !parties.contains(payment.payerCompanyId()))) {
			throw new LedgerException("payer", "ledger.payment.unknown-party");
		}
		if ((payment.payeeCompanyId() != null && !parties.contains(payment.payeeCompanyId()))) {
			throw new LedgerException("payee", "ledger.payment.unknown-party");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(fr.coopex.shared.config.ClockConfiguration.PARIS));
		if (payment.paidOn() == null) {
			throw new LedgerException("paidOn", "ledger.payment.date-required");
		}
		if (payment.paidOn().isAfter(today)) {
			throw new LedgerException("paidOn", "ledger.payment.date-future");
		}
		String reference = blankToNull(payment.reference());
		if (reference != null && reference.length() > MAX_LABEL) {
			throw new LedgerException("reference", "ledger.payment.reference-too-long");
		}
		Instant now = this.clock.instant();
		long id = insert(
				"insert into ledger_payment (pool_id, payer_company_id, payee_company_id, amount, paid_on, reference, recorded_by, recorded_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?)",
				poolId, payment.payerCompanyId(), payment.payeeCompanyId(), Split.euros(cents),
				Date.valueOf(payment.paidOn()), reference, by.id(), Timestamp.from(now));
		String entry = "insert into ledger_entry (pool_id, payment_id, company_id, kind, amount, created_by, created_at) values (?, ?, ?, 'PAYMENT', ?, ?, ?)";
		this.jdbc.update(entry, poolId, id, payment.payerCompanyId(), Split.euros(-cents), by.id(),
				Timestamp.from(now));
		this.jdbc.update(entry, poolId, id, payment.payeeCompanyId(), Split.euros(cents), by.id(), Timestamp.from(now));
		this.events.publishEvent(new PaymentRecorded(poolId, pool.title, payment.payerCompanyId(),
				payment.payeeCompanyId(), Split.euros(cents), by.id()));
		return id;
	}

	/**
	 * Calls deposits: {@code rate}% of what each participant owes the pool (its share
	 * less what it is billed directly), due on a date. Members see it on the pool page.
	 */
	@Transactional
	public long callDeposits(CoopexUser by, long poolId, long version, String label, BigDecimal rate, LocalDate dueOn) {
		PoolRow pool = managed(by, poolId, version);
		if (pool.status == PoolStatus.CANCELLED) {
			throw new LedgerException(null, "ledger.pool.cancelled");
		}
		String cleanLabel = label(label, "label", "ledger.cash-call.label-required");
		long rateScaled = SplitEngine.rate(rate, "rate", "ledger.cash-call.rate-over-100");
		if (rateScaled == 0) {
			throw new LedgerException("rate", "ledger.rate.invalid");
		}
		if (dueOn == null) {
			throw new LedgerException("dueOn", "ledger.cash-call.due-required");
		}
		Split split = SplitEngine.split(input(pool));
		if (split.companyIds().length == 0) {
			throw new LedgerException(null, "ledger.post.no-participants");
		}
		long id = insert(
				"insert into ledger_cash_call (pool_id, label, rate, due_on, called_by, called_at) values (?, ?, ?, ?, ?, ?)",
				poolId, cleanLabel, rate, Date.valueOf(dueOn), by.id(), Timestamp.from(this.clock.instant()));
		List<Long> companies = new ArrayList<>();
		Map<Long, BigDecimal> amounts = new HashMap<>();
		for (Split.Share share : split.shares()) {
			BigDecimal owed = share.net().subtract(share.billedDirectly());
			BigDecimal amount = owed.max(BigDecimal.ZERO)
				.multiply(rate)
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			this.jdbc.update("insert into ledger_cash_call_line (cash_call_id, company_id, amount) values (?, ?, ?)",
					id, share.companyId(), amount);
			companies.add(share.companyId());
			amounts.put(share.companyId(), amount);
		}
		this.events.publishEvent(
				new DepositsCalled(poolId, pool.title, dueOn, companies, by.id(), id, pool.ecosystemId, amounts));
		return id;
	}

	// --- reading
	// --------------------------------------------------------------------------------

	/**
	 * The pool as this viewer may see it.
	 * @throws PoolNotFoundException for anyone but its participants and managers
	 */
	@Transactional(readOnly = true)
	public PoolView pool(CoopexUser viewer, long poolId) {
		Access access = access(viewer, poolId);
		PoolRow pool = access.pool();
		boolean manager = access.manager();
		PoolContent content = content(pool);
		List<Participant> participants = content.participants();
		Long own = (viewer != null && viewer.role() == Role.MEMBER
				&& participants.stream().anyMatch((p) -> p.companyId() == viewer.organisationId()))
						? viewer.organisationId() : null;
		List<PartyBalance> balances = content.balances();
		List<Transfer> transfers = content.transfers();
		List<CashCall> calls = content.cashCalls();
		List<Payment> payments = content.payments();
		if (!manager) {
			balances = balances.stream().filter((b) -> Objects.equals(b.party().companyId(), own)).toList();
			transfers = transfers.stream().filter((t) -> t.concerns(own)).toList();
			payments = payments.stream()
				.filter((p) -> Objects.equals(p.payer().companyId(), own) || Objects.equals(p.payee().companyId(), own))
				.toList();
			calls = calls.stream()
				.map((c) -> new CashCall(c.id(), c.label(), c.rate(), c.dueOn(), c.total(),
						c.lines().stream().filter((l) -> Objects.equals(l.companyId(), own)).toList()))
				.toList();
		}
		// names as this viewer may see them now, never as copied when the company joined
		Map<Long, String> names = visibleNames(viewer, ids(participants));
		participants = participants.stream()
			.map((p) -> new Participant(p.companyId(), names.get(p.companyId()), p.area(), p.weight(), p.headcount(),
					p.firstTimeExporter(), p.previousParticipations(), p.withdrawn()))
			.sorted(Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparingLong(Participant::companyId))
			.toList();
		balances = renamedBalances(balances, names);
		transfers = renamedTransfers(transfers, names);
		payments = payments.stream()
			.map((p) -> new Payment(p.id(), renamed(p.payer(), names), renamed(p.payee(), names), p.amount(),
					p.paidOn(), p.reference()))
			.toList();
		calls = calls.stream()
			.map((c) -> new CashCall(c.id(), c.label(), c.rate(), c.dueOn(), c.total(), c.lines()
				.stream()
				.map((l) -> new CashCallLine(l.companyId(), names.getOrDefault(l.companyId(), "#" + l.companyId()),
						l.amount(), l.covered(), l.outstanding(), l.withdrawn(), l.cancelled()))
				.toList()))
			.toList();
		return new PoolView(pool.id, pool.ownerKind, pool.ownerId, pool.ecosystemId, pool.title, pool.currency,
				pool.status, pool.defaultKey, pool.version, manager, own, participants, content.items(),
				content.subsidies(), content.split(), named(content.problem(), names), balances, transfers, calls,
				payments, content.postedAt(), pool.updatedAt, Map.copyOf(names));
	}

	/**
	 * The names of these companies as the viewer may see them now ({@code companies}
	 * decides: the trade name when the viewer may see it, else the legal name); the
	 * ledger keeps only their ids for what it shows.
	 */
	private Map<Long, String> visibleNames(CoopexUser viewer, Collection<Long> companyIds) {
		Map<Long, CompanyCard> cards = this.companies.cards(viewer, companyIds);
		Map<Long, String> names = new HashMap<>();
		for (Long id : companyIds) {
			CompanyCard card = cards.get(id);
			names.put(id, (card != null && card.displayName() != null) ? card.displayName() : "#" + id);
		}
		return names;
	}

	/** A problem naming companies by id, with their names as the viewer may see them. */
	private static Problem named(Problem problem, Map<Long, String> names) {
		if (problem == null) {
			return null;
		}
		return new Problem(problem.messageKey(),
				LedgerException.Company.named(problem.arguments(), (id) -> names.getOrDefault(id, "#" + id)));
	}

	private static Party renamed(Party party, Map<Long, String> names) {
		return (party.companyId() == null) ? party
				: new Party(party.companyId(), names.getOrDefault(party.companyId(), "#" + party.companyId()));
	}

	private static List<PartyBalance> renamedBalances(List<PartyBalance> balances, Map<Long, String> names) {
		return balances.stream()
			.map((b) -> new PartyBalance(renamed(b.party(), names), b.owed(), b.billedDirectly(), b.advanced(),
					b.subsidies(), b.paid(), b.received(), b.balance(), b.dueNow()))
			.toList();
	}

	private static List<Transfer> renamedTransfers(List<Transfer> transfers, Map<Long, String> names) {
		return transfers.stream()
			.map((t) -> new Transfer(renamed(t.from(), names), renamed(t.to(), names), t.amount()))
			.toList();
	}

	/**
	 * Everything a pool shows its managers, as of one version of the pool: every change
	 * to a pool or its parts goes through {@link #lock} and moves the version on, so the
	 * version (with the time of the change) is enough to know whether what was read is
	 * still current. Kept only from read-only transactions, where nothing uncommitted can
	 * be read.
	 */
	private record PoolContent(long version, Instant updatedAt, List<Participant> participants,
			List<PoolView.Item> items, List<PoolView.SubsidyItem> subsidies, Split split, Problem problem,
			List<PartyBalance> balances, List<Transfer> transfers, List<CashCall> cashCalls, List<Payment> payments,
			Instant postedAt, Map<Long, List<Split.Line>> postedLines) {
	}

	/** The most pools whose content is kept. */
	private static final int CONTENT_CAPACITY = 2_000;

	/** The content last read of each pool, by pool id. */
	private final Map<Long, PoolContent> contents = new ConcurrentHashMap<>();

	private PoolContent content(PoolRow pool) {
		boolean cacheable = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		PoolContent kept = cacheable ? this.contents.get(pool.id) : null;
		if (kept != null && kept.version() == pool.version && kept.updatedAt().equals(pool.updatedAt)) {
			return kept;
		}
		long poolId = pool.id;
		List<Participant> participants = List.copyOf(participants(poolId));
		List<PoolView.Item> items = List.copyOf(items(poolId));
		List<PoolView.SubsidyItem> subsidies = List.copyOf(subsidies(poolId));
		Split split = null;
		Problem problem = null;
		try {
			split = SplitEngine.split(input(pool, participants, items, subsidies));
		}
		catch (LedgerException ex) {
			problem = new Problem(ex.messageKey(), ex.arguments());
		}
		Map<Long, String> names = names(participants);
		List<PartyBalance> plain = balances(pool, split, names);
		List<CashCall> calls = List.copyOf(cashCalls(poolId, participants, plain));
		List<PartyBalance> balances = List.copyOf(withDueNow(pool, plain, calls));
		List<Transfer> transfers = List.copyOf(
				Settlement.of(balances.stream().map((b) -> new Settlement.Balance(b.party(), b.dueNow())).toList()));
		List<Payment> payments = List.copyOf(payments(poolId, names));
		Instant postedAt = (pool.currentPostingId == null) ? null
				: this.jdbc.queryForObject("select posted_at from ledger_posting where id = ?",
						(rs, i) -> rs.getTimestamp(1).toInstant(), pool.currentPostingId);
		PoolContent content = new PoolContent(pool.version, pool.updatedAt, participants, items, subsidies, split,
				problem, balances, transfers, calls, payments, postedAt, new ConcurrentHashMap<>());
		if (cacheable) {
			if (this.contents.size() >= CONTENT_CAPACITY && !this.contents.containsKey(poolId)) {
				this.contents.clear();
			}
			this.contents.merge(poolId, content, (old, fresh) -> (old.version() > fresh.version()) ? old : fresh);
		}
		return content;
	}

	/**
	 * A company's line in the pool (also once withdrawn), for the pool's managers and
	 * that company's people; empty for anyone else, or when the company never took part.
	 * Lets an owner module keep what a manager typed (the weight) when the company
	 * changes.
	 */
	@Transactional(readOnly = true)
	public Optional<Participant> participant(CoopexUser viewer, long poolId, long companyId) {
		Optional<PoolRow> pool = load(poolId);
		boolean self = viewer != null && viewer.role() == Role.MEMBER && viewer.organisationId() == companyId;
		if (pool.isEmpty() || (!self && !isManager(viewer, pool.get()))) {
			return Optional.empty();
		}
		// the name as this viewer may see it now, never as copied when the company joined
		String name = visibleNames(viewer, List.of(companyId)).get(companyId);
		return participants(poolId).stream()
			.filter((p) -> p.companyId() == companyId)
			.findFirst()
			.map((p) -> new Participant(p.companyId(), name, p.area(), p.weight(), p.headcount(), p.firstTimeExporter(),
					p.previousParticipations(), p.withdrawn()));
	}

	/** Whether this person may run the pool. */
	@Transactional(readOnly = true)
	public boolean manages(CoopexUser viewer, long poolId) {
		return isManager(viewer, load(poolId).orElseThrow(PoolNotFoundException::new));
	}

	/** Every party's balance; a participant gets only its own. */
	@Transactional(readOnly = true)
	public List<PartyBalance> balances(CoopexUser viewer, long poolId) {
		return pool(viewer, poolId).balances();
	}

	/** The transfers that clear the pool's balances; a participant gets only its own. */
	@Transactional(readOnly = true)
	public List<Transfer> settlement(CoopexUser viewer, long poolId) {
		return pool(viewer, poolId).transfers();
	}

	/**
	 * The pools the viewer sees: those its company takes part in, and those of the
	 * ecosystems it coordinates or manages. Newest first.
	 */
	@Transactional(readOnly = true)
	public List<PoolLine> mine(CoopexUser viewer) {
		List<Long> ids = new ArrayList<>();
		if (viewer.role() == Role.MEMBER) {
			ids.addAll(this.jdbc.queryForList("select pool_id from ledger_participant where company_id = ?", Long.class,
					viewer.organisationId()));
		}
		ids.addAll(this.jdbc.queryForList("select pool_id from ledger_pool_manager where user_id = ?", Long.class,
				viewer.id()));
		for (fr.coopex.ecosystems.EcosystemSummary ecosystem : this.ecosystems.mine(viewer)) {
			if (this.ecosystems.isCoordinator(viewer, ecosystem.id())) {
				ids.addAll(this.jdbc.queryForList("select id from ledger_pool where ecosystem_id = ?", Long.class,
						ecosystem.id()));
			}
		}
		return ids.stream()
			.distinct()
			.sorted(java.util.Comparator.reverseOrder())
			.map((id) -> poolLine(viewer, id))
			.toList();
	}

	/**
	 * A company's account in one ecosystem: its pools, its balance in each, and the
	 * transfers that clear its balances across them. A member sees its own company; a
	 * coordinator of the ecosystem any company ({@code companyId}), or every party when
	 * {@code companyId} is null.
	 */
	@Transactional(readOnly = true)
	public EcosystemAccount ecosystemAccount(CoopexUser viewer, long ecosystemId, Long companyId) {
		boolean coordinator = this.ecosystems.isCoordinator(viewer, ecosystemId);
		Long company = companyId;
		if (!coordinator) {
			if (viewer == null || viewer.role() != Role.MEMBER) {
				throw new PoolNotFoundException();
			}
			company = viewer.organisationId();
		}
		List<Long> poolIds = (company == null)
				? this.jdbc.queryForList("select id from ledger_pool where ecosystem_id = ? order by id", Long.class,
						ecosystemId)
				: this.jdbc.queryForList(
						"select p.id from ledger_pool p join ledger_participant lp on lp.pool_id = p.id "
								+ "where p.ecosystem_id = ? and lp.company_id = ? order by p.id",
						Long.class, ecosystemId, company);
		if (poolIds.isEmpty() && !coordinator) {
			throw new PoolNotFoundException();
		}
		List<PoolLine> lines = new ArrayList<>();
		List<PartyBalance> all = new ArrayList<>();
		for (long poolId : poolIds) {
			PoolRow pool = load(poolId).orElseThrow();
			List<PartyBalance> balances = content(pool).balances();
			all.addAll(balances);
			Long own = company;
			PartyBalance mine = balances.stream()
				.filter((b) -> Objects.equals(b.party().companyId(), own))
				.findFirst()
				.orElse(null);
			lines.add(new PoolLine(poolId, pool.title, pool.status, (mine != null) ? mine.owed() : null,
					(mine != null) ? mine.balance() : null, (mine != null) ? mine.dueNow() : null));
		}
		Map<Long, PartyBalance> net = new LinkedHashMap<>();
		for (PartyBalance b : all) {
			Long key = b.party().companyId();
			PartyBalance sum = net.get(key);
			net.put(key, (sum == null) ? b : new PartyBalance(b.party(), sum.owed().add(b.owed()),
					sum.billedDirectly().add(b.billedDirectly()), sum.advanced().add(b.advanced()),
					sum.subsidies().add(b.subsidies()), sum.paid().add(b.paid()), sum.received().add(b.received()),
					sum.balance().add(b.balance()), sum.dueNow().add(b.dueNow())));
		}
		List<PartyBalance> balances = new ArrayList<>(net.values());
		List<Transfer> transfers = Settlement
			.of(balances.stream().map((b) -> new Settlement.Balance(b.party(), b.dueNow())).toList());
		if (company != null) {
			Long own = company;
			balances = balances.stream().filter((b) -> Objects.equals(b.party().companyId(), own)).toList();
			transfers = transfers.stream().filter((t) -> t.concerns(own)).toList();
		}
		java.util.Set<Long> parties = new java.util.TreeSet<>();
		balances.forEach((b) -> {
			if (b.party().companyId() != null) {
				parties.add(b.party().companyId());
			}
		});
		transfers.forEach((t) -> java.util.stream.Stream.of(t.from(), t.to()).forEach((p) -> {
			if (p.companyId() != null) {
				parties.add(p.companyId());
			}
		}));
		Map<Long, String> names = visibleNames(viewer, parties);
		balances = renamedBalances(balances, names);
		transfers = renamedTransfers(transfers, names);
		return new EcosystemAccount(ecosystemId, company, lines, balances, transfers);
	}

	/**
	 * The lines of a participant's share as posted (or, before posting, as previewed),
	 * for its statement. A member gets its own; a manager anyone's.
	 */
	@Transactional(readOnly = true)
	public List<Split.Line> statementLines(CoopexUser viewer, long poolId, long companyId) {
		Access access = access(viewer, poolId);
		if (!access.manager() && (viewer.role() != Role.MEMBER || viewer.organisationId() != companyId)) {
			throw new PoolNotFoundException();
		}
		PoolRow pool = access.pool();
		PoolContent content = content(pool);
		if (pool.currentPostingId != null && pool.status == PoolStatus.POSTED) {
			return content.postedLines()
				.computeIfAbsent(companyId, (company) -> List.copyOf(this.jdbc.query(
						"select kind, ref_id, label, category, ht, vat, amount, billed_directly from ledger_allocation_line "
								+ "where posting_id = ? and company_id = ? order by line_no",
						(rs, i) -> new Split.Line(Split.LineKind.valueOf(rs.getString(1)), rs.getLong(2),
								rs.getString(3),
								(rs.getString(4) != null) ? CostCategory.valueOf(rs.getString(4)) : null,
								rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBoolean(8)),
						pool.currentPostingId, company)));
		}
		return (content.split() != null) ? content.split().lines(companyId) : List.of();
	}

	/**
	 * The pools whose posted shares do not add up to their posted total, whose entries do
	 * not balance, or whose kept lines do not add up to the total. Empty when the ledger
	 * is sound.
	 */
	@Transactional(readOnly = true)
	public List<Long> inconsistentPools() {
		return this.jdbc.queryForList("""
				select p.id from ledger_pool p
				left join (select pool_id,
				                  sum(case when kind = 'SHARE' then amount else 0 end) as shares,
				                  sum(amount) as balance
				           from ledger_entry group by pool_id) e on e.pool_id = p.id
				where (p.posted_total is not null and coalesce(e.shares, 0) <> p.posted_total)
				   or coalesce(e.balance, 0) <> 0
				   or (p.current_posting_id is not null and p.posted_total <> (
				         select coalesce(sum(l.amount), 0) from ledger_allocation_line l
				         where l.posting_id = p.current_posting_id))
				order by p.id""", Long.class);
	}

	// --- internals
	// ------------------------------------------------------------------------------

	/** A pool row, and the guard on its status. */
	static final class PoolRow {

		long id;

		PoolOwnerKind ownerKind;

		long ownerId;

		long ecosystemId;

		String title;

		String currency;

		AllocationKey defaultKey;

		PoolStatus status;

		BigDecimal postedTotal;

		Long currentPostingId;

		long version;

		Instant updatedAt;

		void requireOpen() {
			if (this.status == PoolStatus.POSTED) {
				throw new LedgerException(null, "ledger.pool.confirmed");
			}
			if (this.status == PoolStatus.CANCELLED) {
				throw new LedgerException(null, "ledger.pool.cancelled");
			}
		}

	}

	private static PoolRow row(ResultSet rs, int i) throws SQLException {
		PoolRow row = new PoolRow();
		row.id = rs.getLong("id");
		row.ownerKind = PoolOwnerKind.valueOf(rs.getString("owner_kind"));
		row.ownerId = rs.getLong("owner_id");
		row.ecosystemId = rs.getLong("ecosystem_id");
		row.title = rs.getString("title");
		row.currency = rs.getString("currency");
		row.defaultKey = AllocationKey.valueOf(rs.getString("default_key"));
		row.status = PoolStatus.valueOf(rs.getString("status"));
		row.postedTotal = rs.getBigDecimal("posted_total");
		long posting = rs.getLong("current_posting_id");
		row.currentPostingId = rs.wasNull() ? null : posting;
		row.version = rs.getLong("version");
		row.updatedAt = rs.getTimestamp("updated_at").toInstant();
		return row;
	}

	private Optional<PoolRow> load(long poolId) {
		return this.jdbc.query("select * from ledger_pool where id = ?", Ledger::row, poolId).stream().findFirst();
	}

	/**
	 * Locks the pool row for this transaction, checks the version the caller saw, and
	 * moves the version on (every change of a pool or its parts is a new version).
	 */
	private PoolRow lock(long poolId, long expectedVersion) {
		PoolRow pool = this.jdbc.query("select * from ledger_pool where id = ? for update", Ledger::row, poolId)
			.stream()
			.findFirst()
			.orElseThrow(PoolNotFoundException::new);
		if (expectedVersion != ANY_VERSION && expectedVersion != pool.version) {
			throw new LedgerException(null, "ledger.stale");
		}
		this.jdbc.update("update ledger_pool set version = version + 1, updated_at = ? where id = ?",
				Timestamp.from(this.clock.instant()), poolId);
		pool.version++;
		return pool;
	}

	/** The pool, locked, for one of its managers; 404 for those who may not see it. */
	private PoolRow managed(CoopexUser by, long poolId, long version) {
		if (!access(by, poolId).manager()) {
			throw new AccessDeniedException("Not a manager of pool " + poolId);
		}
		return lock(poolId, version);
	}

	private PoolRow visible(CoopexUser viewer, long poolId) {
		return access(viewer, poolId).pool();
	}

	/** A pool as this viewer may see it, and whether the viewer manages it. */
	private record Access(PoolRow pool, boolean manager) {
	}

	/**
	 * The pool, whether the viewer is one of its named managers and whether the viewer's
	 * company takes part (or took part) in it, in one query; then, only when needed,
	 * whether the viewer coordinates its ecosystem.
	 * @throws PoolNotFoundException for anyone but its participants and managers
	 */
	private Access access(CoopexUser viewer, long poolId) {
		if (viewer == null) {
			throw new PoolNotFoundException();
		}
		long company = (viewer.role() == Role.MEMBER) ? viewer.organisationId() : -1;
		boolean[] relation = new boolean[2];
		PoolRow pool = this.jdbc.query("select p.*, "
				+ "exists (select 1 from ledger_pool_manager m where m.pool_id = p.id and m.user_id = ?) as named_manager, "
				+ "exists (select 1 from ledger_participant x where x.pool_id = p.id and x.company_id = ?) as participant "
				+ "from ledger_pool p where p.id = ?", (rs, i) -> {
					relation[0] = rs.getBoolean("named_manager");
					relation[1] = rs.getBoolean("participant");
					return row(rs, i);
				}, viewer.id(), company, poolId)
			.stream()
			.findFirst()
			.orElseThrow(PoolNotFoundException::new);
		boolean manager = relation[0] || this.ecosystems.isCoordinator(viewer, pool.ecosystemId);
		if (!manager && !(viewer.role() == Role.MEMBER && relation[1])) {
			throw new PoolNotFoundException();
		}
		return new Access(pool, manager);
	}

	private boolean isManager(CoopexUser viewer, PoolRow pool) {
		if (viewer == null) {
			return false;
		}
		if (this.ecosystems.isCoordinator(viewer, pool.ecosystemId)) {
			return true;
		}
		Integer named = this.jdbc.queryForObject(
				"select count(*) from ledger_pool_manager where pool_id = ? and user_id = ?", Integer.class, pool.id,
				viewer.id());
		return named != null && named > 0;
	}

	private PoolLine poolLine(CoopexUser viewer, long poolId) {
		PoolRow pool = load(poolId).orElseThrow();
		PartyBalance mine = null;
		if (viewer.role() == Role.MEMBER) {
			mine = content(pool).balances()
				.stream()
				.filter((b) -> Objects.equals(b.party().companyId(), viewer.organisationId()))
				.findFirst()
				.orElse(null);
		}
		return new PoolLine(poolId, pool.title, pool.status, (mine != null) ? mine.owed() : null,
				(mine != null) ? mine.balance() : null, (mine != null) ? mine.dueNow() : null);
	}

	private SplitInput input(PoolRow pool) {
		return input(pool, participants(pool.id));
	}

	private SplitInput input(PoolRow pool, List<Participant> participants) {
		return input(pool, participants, items(pool.id), subsidies(pool.id));
	}

	private static SplitInput input(PoolRow pool, List<Participant> participants, List<PoolView.Item> items,
			List<PoolView.SubsidyItem> subsidies) {
		return new SplitInput(pool.defaultKey,
				participants.stream().filter((p) -> !p.withdrawn()).map(Participant::draft).toList(),
				items.stream().map((i) -> new SplitInput.Item(i.id(), i.draft())).toList(),
				subsidies.stream().map((s) -> new SplitInput.Subsidy(s.id(), s.draft())).toList());
	}

	List<Participant> participants(long poolId) {
		return this.jdbc.query("select * from ledger_participant where pool_id = ? order by company_name, company_id",
				(rs, i) -> {
					int headcount = rs.getInt("headcount");
					Integer known = rs.wasNull() ? null : headcount;
					return new Participant(rs.getLong("company_id"), rs.getString("company_name"),
							rs.getBigDecimal("area"), rs.getBigDecimal("weight"), known,
							rs.getBoolean("first_time_exporter"), rs.getInt("previous_participations"),
							"WITHDRAWN".equals(rs.getString("status")));
				}, poolId);
	}

	private List<PoolView.Item> items(long poolId) {
		Map<Long, Map<Long, BigDecimal>> fixed = new HashMap<>();
		this.jdbc.query(
				"select f.item_id, f.company_id, f.amount from ledger_fixed_amount f join ledger_cost_item i on i.id = f.item_id where i.pool_id = ?",
				(ResultSet rs) -> {
					fixed.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>())
						.put(rs.getLong(2), rs.getBigDecimal(3));
				}, poolId);
		return this.jdbc.query("select * from ledger_cost_item where pool_id = ? order by id", (rs, i) -> {
			long advanced = rs.getLong("advanced_by");
			Long advancedBy = rs.wasNull() ? null : advanced;
			long id = rs.getLong("id");
			return new PoolView.Item(id,
					new CostItemDraft(rs.getString("label"), CostCategory.valueOf(rs.getString("category")),
							rs.getBigDecimal("amount"), rs.getBigDecimal("vat_rate"),
							PaidBy.valueOf(rs.getString("paid_by")), advancedBy, key(rs.getString("allocation_key")),
							key(rs.getString("rest_key")), fixed.getOrDefault(id, Map.of())));
		}, poolId);
	}

	private List<PoolView.SubsidyItem> subsidies(long poolId) {
		return this.jdbc.query("select * from ledger_subsidy where pool_id = ? order by id", (rs, i) -> {
			Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
			Arrays.stream(rs.getString("categories").split(","))
				.filter((c) -> !c.isBlank())
				.forEach((c) -> categories.add(CostCategory.valueOf(c)));
			int maxHeadcount = rs.getInt("max_headcount");
			Integer headcount = rs.wasNull() ? null : maxHeadcount;
			int maxPrevious = rs.getInt("max_previous");
			Integer previous = rs.wasNull() ? null : maxPrevious;
			return new PoolView.SubsidyItem(rs.getLong("id"),
					new SubsidyDraft(rs.getString("label"), rs.getBigDecimal("amount"), rs.getBigDecimal("rate"),
							categories, headcount, rs.getBoolean("first_time_only"), previous, rs.getBigDecimal("cap"),
							rs.getString("aid_id")));
		}, poolId);
	}

	private static Map<Long, String> names(List<Participant> participants) {
		Map<Long, String> names = new HashMap<>();
		participants.forEach((p) -> names.put(p.companyId(), p.name()));
		return names;
	}

	private static Party party(Long companyId, Map<Long, String> names) {
		return new Party(companyId, (companyId == null) ? null : names.getOrDefault(companyId, "#" + companyId));
	}

	/**
	 * Every party's balance, the coordination body first: the posted entries once the
	 * split is confirmed; before that, the entries the provisional split would post (see
	 * the package documentation); and the payments at every stage. The amount due now is
	 * filled in by {@link #withDueNow}.
	 */
	private List<PartyBalance> balances(PoolRow pool, Split split, Map<Long, String> names) {
		long poolId = pool.id;
		boolean provisional = pool.status != PoolStatus.POSTED && split != null;
		Map<Long, long[]> sums = new LinkedHashMap<>();
		List<Long> order = new ArrayList<>();
		java.util.function.BiConsumer<Long, Object[]> add = (key, entry) -> {
			long cents = ((BigDecimal) entry[2]).movePointRight(2).longValueExact();
			long[] sum = sums.computeIfAbsent(key, (k) -> {
				order.add(k);
				return new long[6];
			});
			switch ((String) entry[1]) {
				case "SHARE" -> sum[0] += cents;
				case "DIRECT" -> sum[1] += cents;
				case "ADVANCE" -> sum[2] += cents;
				case "SUBSIDY" -> sum[3] += cents;
				default -> {
					// payments are summed below, by direction
				}
			}
		};
		if (provisional) {
			for (Object[] entry : entries(split)) {
				add.accept((Long) entry[0], entry);
			}
		}
		else {
			this.jdbc.query("select company_id, kind, sum(amount) from ledger_entry where pool_id = ? "
					+ "and kind <> 'PAYMENT' group by company_id, kind", (ResultSet rs) -> {
						long company = rs.getLong(1);
						Long key = rs.wasNull() ? null : company;
						add.accept(key, new Object[] { key, rs.getString(2), rs.getBigDecimal(3) });
					}, poolId);
		}
		this.jdbc.query(
				"select company_id, sum(case when amount < 0 then amount else 0 end), sum(case when amount > 0 then amount else 0 end) "
						+ "from ledger_entry where pool_id = ? and kind = 'PAYMENT' group by company_id",
				(ResultSet rs) -> {
					long company = rs.getLong(1);
					Long key = rs.wasNull() ? null : company;
					long[] sum = sums.computeIfAbsent(key, (k) -> {
						order.add(k);
						return new long[6];
					});
					sum[4] += -rs.getBigDecimal(2).movePointRight(2).longValueExact();
					sum[5] += rs.getBigDecimal(3).movePointRight(2).longValueExact();
				}, poolId);
		// participants without entries yet show with zeros
		names.keySet().stream().sorted().forEach((id) -> sums.computeIfAbsent(id, (k) -> {
			order.add(k);
			return new long[6];
		}));
		order.sort(java.util.Comparator.nullsFirst(java.util.Comparator.<Long>comparingLong((id) -> 0)
			.thenComparing((Long id) -> names.getOrDefault(id, ""))
			.thenComparing(java.util.Comparator.naturalOrder())));
		List<PartyBalance> balances = new ArrayList<>();
		for (Long key : order) {
			long[] s = sums.get(key);
			long balance = s[0] + s[1] + s[2] + s[3] - s[4] + s[5];
			balances.add(new PartyBalance(party(key, names), Split.euros(s[0]), Split.euros(-s[1]), Split.euros(-s[2]),
					Split.euros(s[3]), Split.euros(s[4]), Split.euros(s[5]), Split.euros(balance), null));
		}
		return balances;
	}

	/**
	 * The balances with the amount each party must pay (or is owed) now: once the split
	 * is confirmed, its whole balance; before, what the cash calls still ask of a
	 * participant (never more than its balance), or, when it paid more than its
	 * provisional share, what it paid beyond it (never more than it paid); the
	 * coordination body takes the opposite of the participants' sum.
	 */
	private static List<PartyBalance> withDueNow(PoolRow pool, List<PartyBalance> balances, List<CashCall> calls) {
		Map<Long, Long> outstanding = new HashMap<>();
		for (CashCall call : calls) {
			for (CashCallLine line : call.lines()) {
				outstanding.merge(line.companyId(), cents(line.outstanding()), Long::sum);
			}
		}
		boolean confirmed = pool.status == PoolStatus.POSTED;
		long participantsDue = 0;
		Map<Long, Long> due = new HashMap<>();
		for (PartyBalance b : balances) {
			if (b.party().isCoordination()) {
				continue;
			}
			long balance = cents(b.balance());
			long now;
			if (confirmed) {
				now = balance;
			}
			else if (balance > 0) {
				now = Math.min(balance, outstanding.getOrDefault(b.party().companyId(), 0L));
			}
			else {
				long netPaid = cents(b.paid()) - cents(b.received());
				now = Math.max(balance, Math.min(0, -netPaid));
			}
			due.put(b.party().companyId(), now);
			participantsDue += now;
		}
		List<PartyBalance> result = new ArrayList<>();
		boolean coordinationShown = false;
		for (PartyBalance b : balances) {
			long now = b.party().isCoordination() ? -participantsDue : due.get(b.party().companyId());
			coordinationShown |= b.party().isCoordination();
			result.add(new PartyBalance(b.party(), b.owed(), b.billedDirectly(), b.advanced(), b.subsidies(), b.paid(),
					b.received(), b.balance(), Split.euros(now)));
		}
		if (!coordinationShown && participantsDue != 0) {
			BigDecimal zero = Split.euros(0);
			result.add(0, new PartyBalance(new Party(null, null), zero, zero, zero, zero, zero, zero, zero,
					Split.euros(-participantsDue)));
		}
		return result;
	}

	private static long cents(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}

	private List<Payment> payments(long poolId, Map<Long, String> names) {
		return this.jdbc.query(
				"select id, payer_company_id, payee_company_id, amount, paid_on, reference from ledger_payment where pool_id = ? order by paid_on, id",
				(rs, i) -> {
					long payer = rs.getLong(2);
					Long payerId = rs.wasNull() ? null : payer;
					long payee = rs.getLong(3);
					Long payeeId = rs.wasNull() ? null : payee;
					return new Payment(rs.getLong(1), party(payerId, names), party(payeeId, names), rs.getBigDecimal(4),
							rs.getDate(5).toLocalDate(), rs.getString(6));
				}, poolId);
	}

	/**
	 * The cash calls with each participant's line; a participant's payments to the pool
	 * cover its lines in the order they fall due, and what is still outstanding never
	 * adds up to more than its balance.
	 */
	private List<CashCall> cashCalls(long poolId, List<Participant> participants, List<PartyBalance> balances) {
		Map<Long, Long> room = new HashMap<>();
		balances.stream()
			.filter((b) -> !b.party().isCoordination())
			.forEach((b) -> room.put(b.party().companyId(), Math.max(0, cents(b.balance()))));
		Map<Long, Participant> byId = new HashMap<>();
		participants.forEach((p) -> byId.put(p.companyId(), p));
		Map<Long, Long> paid = new HashMap<>();
		this.jdbc.query(
				"select payer_company_id, sum(amount) from ledger_payment where pool_id = ? and payer_company_id is not null group by payer_company_id",
				(ResultSet rs) -> {
					paid.put(rs.getLong(1), rs.getBigDecimal(2).movePointRight(2).longValueExact());
				}, poolId);
		Map<Long, Long> refunded = new HashMap<>();
		this.jdbc.query(
				"select payee_company_id, sum(amount) from ledger_payment where pool_id = ? and payee_company_id is not null group by payee_company_id",
				(ResultSet rs) -> {
					refunded.put(rs.getLong(1), rs.getBigDecimal(2).movePointRight(2).longValueExact());
				}, poolId);
		Map<Long, Long> available = new HashMap<>();
		paid.forEach((company, cents) -> available.put(company, cents - refunded.getOrDefault(company, 0L)));
		List<CashCall> calls = new ArrayList<>();
		List<Object[]> headers = this.jdbc.query(
				"select id, label, rate, due_on from ledger_cash_call where pool_id = ? order by due_on, id",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
						rs.getDate(4).toLocalDate() },
				poolId);
		for (Object[] header : headers) {
			long callId = (Long) header[0];
			List<CashCallLine> lines = new ArrayList<>();
			long total = 0;
			for (Object[] line : this.jdbc.query(
					"select l.company_id, l.amount, exists (select 1 from ledger_cash_call_reversal r "
							+ "where r.cash_call_id = l.cash_call_id and r.company_id = l.company_id) "
							+ "from ledger_cash_call_line l where l.cash_call_id = ? order by l.company_id",
					(rs, i) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2), rs.getBoolean(3) }, callId)) {
				long company = (Long) line[0];
				long amount = ((BigDecimal) line[1]).movePointRight(2).longValueExact();
				Participant participant = byId.get(company);
				// a cancelled line (its participant withdrew) asks nothing any more
				boolean cancelled = (Boolean) line[2];
				boolean withdrawn = cancelled || participant == null || participant.withdrawn();
				long left = Math.max(0, available.getOrDefault(company, 0L));
				long covered = withdrawn ? 0 : Math.min(left, amount);
				available.put(company, left - covered);
				// a call never asks more than the participant still owes
				long canAsk = room.getOrDefault(company, 0L);
				long outstanding = withdrawn ? 0 : Math.min(amount - covered, canAsk);
				room.put(company, canAsk - outstanding);
				total += amount;
				lines.add(new CashCallLine(company, (participant != null) ? participant.name() : "#" + company,
						Split.euros(amount), Split.euros(covered), Split.euros(outstanding), withdrawn, cancelled));
			}
			calls.add(new CashCall(callId, (String) header[1], (BigDecimal) header[2], (LocalDate) header[3],
					Split.euros(total), lines));
		}
		return calls;
	}

	/**
	 * Posts the split of the pool as it stands: reverses the current posting if any,
	 * writes the new entries and lines, and marks the pool posted.
	 */
	private void postSplit(PoolRow pool, Long by, String reason) {
		SplitInput input = input(pool);
		if (input.participants().isEmpty()) {
			throw new LedgerException(null, "ledger.post.no-participants");
		}
		if (input.items().isEmpty()) {
			throw new LedgerException(null, "ledger.post.no-items");
		}
		Split split = SplitEngine.split(input);
		Instant now = this.clock.instant();
		Timestamp at = Timestamp.from(now);
		if (pool.currentPostingId != null) {
			long reversal = insert(
					"insert into ledger_posting (pool_id, reason, total, reverses_posting_id, posted_by, posted_at) values (?, 'REVERSAL', ?, ?, ?, ?)",
					pool.id, pool.postedTotal.negate(), pool.currentPostingId, by, at);
			this.jdbc.update(
					"insert into ledger_entry (pool_id, posting_id, company_id, kind, amount, reverses_entry_id, created_by, created_at) "
							+ "select pool_id, ?, company_id, kind, -amount, id, ?, ? from ledger_entry where posting_id = ?",
					reversal, by, at, pool.currentPostingId);
		}
		long posting = insert(
				"insert into ledger_posting (pool_id, reason, total, posted_by, posted_at) values (?, ?, ?, ?, ?)",
				pool.id, reason, split.total(), by, at);
		List<Object[]> entries = entries(split);
		List<Object[]> lines = new ArrayList<>();
		for (Split.Share share : split.shares()) {
			int lineNo = 0;
			for (Split.Line line : split.lines(share.companyId())) {
				lines.add(new Object[] { posting, share.companyId(), lineNo++, line.kind().name(), line.refId(),
						line.label(), (line.category() != null) ? line.category().name() : null, line.ht(), line.vat(),
						line.amount(), line.billedDirectly() });
			}
		}
		this.jdbc.batchUpdate(
				"insert into ledger_entry (pool_id, posting_id, company_id, kind, amount, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)",
				entries.stream().map((e) -> new Object[] { pool.id, posting, e[0], e[1], e[2], by, at }).toList());
		this.jdbc.batchUpdate(
				"insert into ledger_allocation_line (posting_id, company_id, line_no, kind, ref_id, label, category, ht, vat, amount, billed_directly) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				lines);
		this.jdbc.update(
				"update ledger_pool set status = ?, posted_total = ?, current_posting_id = ?, updated_at = ? where id = ?",
				PoolStatus.POSTED.name(), split.total(), posting, at, pool.id);
		pool.status = PoolStatus.POSTED;
		pool.postedTotal = split.total();
		pool.currentPostingId = posting;
		List<Long> companies = Arrays.stream(split.companyIds()).boxed().toList();
		this.events.publishEvent(new SplitPosted(pool.id, pool.ecosystemId, pool.title, companies, split.total(), by));
	}

	/**
	 * The entries a split posts, as {company id (null: the coordination body), kind,
	 * amount}: each participant's share (+) and what it is billed directly (−), what each
	 * party advanced (−) and the subsidies the coordination body receives (+). They add
	 * up to zero. The same amounts make the provisional balances of a pool not yet
	 * confirmed.
	 */
	static List<Object[]> entries(Split split) {
		List<Object[]> entries = new ArrayList<>();
		for (Split.Share share : split.shares()) {
			if (share.net().signum() != 0) {
				entries.add(new Object[] { share.companyId(), "SHARE", share.net() });
			}
			if (share.billedDirectly().signum() != 0) {
				entries.add(new Object[] { share.companyId(), "DIRECT", share.billedDirectly().negate() });
			}
		}
		Map<Long, BigDecimal> advances = new LinkedHashMap<>();
		for (Split.ItemTotal item : split.items()) {
			if (item.draft().paidBy() == PaidBy.EACH_PARTICIPANT) {
				continue;
			}
			Long party = (item.draft().paidBy() == PaidBy.PARTICIPANT) ? item.draft().advancedBy() : null;
			advances.merge(party, item.gross(), BigDecimal::add);
		}
		advances.forEach((party, amount) -> {
			if (amount.signum() != 0) {
				entries.add(new Object[] { party, "ADVANCE", amount.negate() });
			}
		});
		if (split.totalSubsidiesCents() != 0) {
			entries.add(new Object[] { null, "SUBSIDY", split.totalSubsidies() });
		}
		return entries;
	}

	private CostItemDraft validItem(PoolRow pool, CostItemDraft item) {
		if (item == null) {
			throw new LedgerException("label", "ledger.item.label-required");
		}
		String cleanLabel = label(item.label(), "label", "ledger.item.label-required");
		CostItemDraft clean = new CostItemDraft(cleanLabel, item.category(), item.amount(), item.vatRate(),
				item.paidBy(), (item.paidBy() == PaidBy.PARTICIPANT) ? item.advancedBy() : null, item.key(),
				(item.key() == AllocationKey.FIXED) ? item.restKey() : null,
				(item.key() == AllocationKey.FIXED) ? item.fixedAmounts() : Map.of());
		List<ParticipantDraft> participants = participants(pool.id).stream()
			.filter((p) -> !p.withdrawn())
			.map(Participant::draft)
			.toList();
		try {
			SplitEngine.split(
					new SplitInput(pool.defaultKey, participants, List.of(new SplitInput.Item(0, clean)), List.of()));
		}
		catch (LedgerException ex) {
			if (!"ledger.split.no-participants".equals(ex.messageKey())) {
				throw ex;
			}
		}
		return clean;
	}

	private void insertFixedAmounts(long itemId, CostItemDraft item) {
		item.fixedAmounts()
			.forEach((company, amount) -> this.jdbc.update(
					"insert into ledger_fixed_amount (item_id, company_id, amount) values (?, ?, ?)", itemId, company,
					amount));
	}

	private void requireItem(long poolId, long itemId) {
		Integer count = this.jdbc.queryForObject("select count(*) from ledger_cost_item where id = ? and pool_id = ?",
				Integer.class, itemId, poolId);
		if (count == null || count == 0) {
			throw new PoolNotFoundException();
		}
	}

	private long insert(String sql, Object... args) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	private static String label(String value, String field, String messageKey) {
		String clean = blankToNull(value);
		if (clean == null) {
			throw new LedgerException(field, messageKey);
		}
		if (clean.length() > MAX_LABEL) {
			throw new LedgerException(field, "ledger.label.too-long");
		}
		return clean;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static AllocationKey key(String value) {
		return (value != null) ? AllocationKey.valueOf(value) : null;
	}

	static List<Long> ids(Collection<Participant> participants) {
		return participants.stream().map(Participant::companyId).toList();
	}

}
