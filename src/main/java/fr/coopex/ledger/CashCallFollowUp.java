package fr.coopex.ledger;

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

	private final FollowUpReads reads;

	private final ReminderSettings settings;

	private final EcosystemManagement ecosystems;

	private final VisibleNames names;

	private final ApplicationEventPublisher events;

	CashCallFollowUp(FollowUpReads reads, ReminderSettings settings, EcosystemManagement ecosystems, VisibleNames names,
			ApplicationEventPublisher events) {
		this.reads = reads;
		this.settings = settings;
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
		LocalDate from = today.minusDays(FollowUpReads.FOLLOWED_DAYS);
		List<OutstandingLine> owed = new ArrayList<>();
		for (PoolRow pool : this.reads.poolsWithCallsDue("p.ecosystem_id = ?", from, today.minusDays(1), ecosystemId)) {
			if (poolId == null || poolId == pool.id) {
				owed.addAll(this.reads.owed(pool, from, today.minusDays(1), null));
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
		LocalDate from = today.minusDays(FollowUpReads.FOLLOWED_DAYS);
		List<OutstandingLine> owed = new ArrayList<>();
		for (PoolRow pool : this.reads.poolsWithCallsDue(
				"exists (select 1 from ledger_participant x where x.pool_id = p.id and x.company_id = ?)", from, until,
				member.organisationId())) {
			owed.addAll(this.reads.owed(pool, from, until, member.organisationId()));
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
		OutstandingLine owed = this.reads.lateLine(ecosystemId, cashCallId, companyId, today);
		if (this.reads.awaitingConfirmation(List.of(owed)).contains(owed.key())) {
			// the company says it paid: the managers decide on its declaration first
			throw new LedgerException(null, "ledger.follow-up.declared-waiting");
		}
		if (!this.reads.markSent(owed, "N" + today, by.id())) {
			throw new LedgerException(null, "ledger.follow-up.reminded-today");
		}
		this.events.publishEvent(owed.reminder(today, by.id()));
	}

	/** The ecosystem's reminder days, for its coordinators. */
	@Transactional(readOnly = true)
	public ReminderDays reminderDays(CoopexUser viewer, long ecosystemId) {
		requireCoordinator(viewer, ecosystemId);
		return this.settings.of(ecosystemId);
	}

	/**
	 * Sets the ecosystem's reminder days, written as in a form ({@code "1, 15"}).
	 * @throws LedgerException naming the field at fault; nothing is changed
	 */
	@Transactional
	public void setReminderDays(CoopexUser by, long ecosystemId, String before, String after) {
		requireCoordinator(by, ecosystemId);
		this.settings.set(ecosystemId, ReminderDays.parse(before, after), by.id());
	}

	void requireCoordinator(CoopexUser viewer, long ecosystemId) {
		this.ecosystems.summary(ecosystemId);
		if (viewer == null || !this.ecosystems.isCoordinator(viewer, ecosystemId)) {
			throw new AccessDeniedException("Not a coordinator of ecosystem " + ecosystemId);
		}
	}

	private List<OverdueLine> lines(CoopexUser viewer, List<OutstandingLine> owed, LocalDate today) {
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
