package fr.coopex.ledger;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ledger.FollowUpReads.Owed;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Cash calls that are late: the overdue lines of an ecosystem (or one of its pools) for
 * its coordinators, with a reminder sent by hand at most once a day per line; what a
 * member company owes on its calls (its home page shows the late ones); and each
 * ecosystem's reminder days ({@link CashCallReminders} sends them).
 */
@Service
public class CashCallFollowUp {

	/** How far back a late call is still followed (days). */
	static final int FOLLOWED_DAYS = 400;

	private final FollowUpReads reads;

	private final PoolStore store;

	private final EcosystemManagement ecosystems;

	private final VisibleNames names;

	private final ApplicationEventPublisher events;

	CashCallFollowUp(FollowUpReads reads, PoolStore store, EcosystemManagement ecosystems, VisibleNames names,
			ApplicationEventPublisher events) {
		this.reads = reads;
		this.store = store;
		this.ecosystems = ecosystems;
		this.names = names;
		this.events = events;
	}

	/**
	 * The lines of the ecosystem's cash calls past their due date and still owed, the
	 * latest due first; only those of one pool when {@code poolId} is given.
	 * @throws AccessDeniedException for anyone but the ecosystem's coordinators
	 */
	@Transactional(readOnly = true)
	public List<OverdueLine> overdue(CoopexUser viewer, long ecosystemId, Long poolId) {
		requireCoordinator(viewer, ecosystemId);
		LocalDate today = this.reads.today();
		List<Owed> owed = new ArrayList<>();
		for (PoolRow pool : this.reads.poolsWithCallsDue("p.ecosystem_id = ?", today.minusDays(FOLLOWED_DAYS),
				today.minusDays(1), ecosystemId)) {
			if (poolId == null || poolId == pool.id) {
				owed.addAll(this.reads.owed(pool, today.minusDays(FOLLOWED_DAYS), today.minusDays(1), null));
			}
		}
		return lines(viewer, owed, today);
	}

	/**
	 * What the member's company still owes on cash calls due up to {@code until}
	 * (yesterday: the late ones), the earliest due first.
	 */
	@Transactional(readOnly = true)
	public List<OverdueLine> owedBy(CoopexUser member, LocalDate until) {
		if (member == null || member.role() != Role.MEMBER) {
			return List.of();
		}
		LocalDate today = this.reads.today();
		List<Owed> owed = new ArrayList<>();
		for (PoolRow pool : this.reads.poolsWithCallsDue(
				"exists (select 1 from ledger_participant x where x.pool_id = p.id and x.company_id = ?)",
				today.minusDays(FOLLOWED_DAYS), until, member.organisationId())) {
			owed.addAll(this.reads.owed(pool, today.minusDays(FOLLOWED_DAYS), until, member.organisationId()));
		}
		List<OverdueLine> lines = new ArrayList<>(lines(member, owed, today));
		lines.sort(Comparator.comparing(OverdueLine::dueOn).thenComparing(OverdueLine::cashCallId));
		return lines;
	}

	/** The member's late cash call lines (for its home page, in red). */
	@Transactional(readOnly = true)
	public List<OverdueLine> overdueOf(CoopexUser member) {
		return owedBy(member, this.reads.today().minusDays(1));
	}

	/**
	 * Reminds the company of a late line now, at most once a day.
	 * @throws LedgerException when it was already reminded today or owes nothing late
	 */
	@Transactional
	public void remindNow(CoopexUser by, long ecosystemId, long cashCallId, long companyId) {
		requireCoordinator(by, ecosystemId);
		LocalDate today = this.reads.today();
		Owed owed = lateLine(ecosystemId, cashCallId, companyId, today);
		if (this.reads.awaitingConfirmation(List.of(owed)).contains(cashCallId + ":" + companyId)) {
			// the company says it paid: the managers decide on its declaration first
			throw new LedgerException(null, "ledger.follow-up.declared-waiting");
		}
		if (!this.reads.markSent(owed, "N" + today, by.id())) {
			throw new LedgerException(null, "ledger.follow-up.reminded-today");
		}
		this.events.publishEvent(FollowUpReads.reminder(owed, today, by.id()));
	}

	/** The late line of a company on a cash call of the ecosystem, for its managers. */
	Owed lateLine(long ecosystemId, long cashCallId, long companyId, LocalDate today) {
		Long poolId = this.store.jdbc()
			.queryForList("select c.pool_id from ledger_cash_call c join ledger_pool p on p.id = c.pool_id "
					+ "where c.id = ? and p.ecosystem_id = ?", Long.class, cashCallId, ecosystemId)
			.stream()
			.findFirst()
			.orElseThrow(Ledger.PoolNotFoundException::new);
		return this.reads
			.owed(this.store.require(poolId), today.minusDays(FOLLOWED_DAYS), today.minusDays(1), companyId)
			.stream()
			.filter((o) -> o.call().id() == cashCallId)
			.findFirst()
			.orElseThrow(() -> new LedgerException(null, "ledger.follow-up.nothing-late"));
	}

	/** The ecosystem's reminder days, for its coordinators. */
	@Transactional(readOnly = true)
	public ReminderDays reminderDays(CoopexUser viewer, long ecosystemId) {
		requireCoordinator(viewer, ecosystemId);
		return this.reads.reminderDays(ecosystemId);
	}

	/**
	 * Sets the ecosystem's reminder days, written as in a form ({@code "1, 15"}).
	 * @throws LedgerException naming the field at fault; nothing is changed
	 */
	@Transactional
	public void setReminderDays(CoopexUser by, long ecosystemId, String before, String after) {
		requireCoordinator(by, ecosystemId);
		ReminderDays days = ReminderDays.parse(before, after);
		Timestamp now = Timestamp.from(this.store.now());
		int updated = this.store.jdbc()
			.update("update ledger_reminder_setting set days_before = ?, days_after = ?, updated_by = ?, updated_at = ? "
					+ "where ecosystem_id = ?", ReminderDays.text(days.before()), ReminderDays.text(days.after()),
					by.id(), now, ecosystemId);
		if (updated == 0) {
			this.store.jdbc()
				.update("insert into ledger_reminder_setting (ecosystem_id, days_before, days_after, updated_by, "
						+ "updated_at) values (?, ?, ?, ?, ?)", ecosystemId, ReminderDays.text(days.before()),
						ReminderDays.text(days.after()), by.id(), now);
		}
	}

	void requireCoordinator(CoopexUser viewer, long ecosystemId) {
		this.ecosystems.summary(ecosystemId);
		if (viewer == null || !this.ecosystems.isCoordinator(viewer, ecosystemId)) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
	}

	private List<OverdueLine> lines(CoopexUser viewer, List<Owed> owed, LocalDate today) {
		Map<String, LocalDate> reminded = this.reads.lastReminded(owed);
		java.util.Set<String> declared = this.reads.awaitingConfirmation(owed);
		Map<Long, String> visible = this.names.of(viewer,
				owed.stream().map((o) -> o.line().companyId()).distinct().toList());
		return owed.stream()
			.map((o) -> o.toLine(today, reminded, declared, VisibleNames.nameOf(o.line().companyId(), visible)))
			.sorted(Comparator.comparing(OverdueLine::dueOn)
				.reversed()
				.thenComparing(OverdueLine::poolId)
				.thenComparing(OverdueLine::companyName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}
