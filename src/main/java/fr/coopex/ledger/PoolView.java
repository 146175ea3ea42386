package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.coopex.ledger.Settlement.Party;
import fr.coopex.ledger.Settlement.Transfer;

/**
 * A pool as one viewer may see it. Participants and managers see the whole breakdown and
 * every participant's share; a participant sees only its own balance, payments, cash-call
 * lines and the transfers it pays or receives; managers see them all.
 *
 * @param manager whether the viewer runs the pool (a coordinator of its ecosystem or a
 * manager named when it was opened)
 * @param viewerCompanyId the viewer's company when it is a participant, else null
 * @param split the split: as posted when the pool is posted, else a preview; null when it
 * cannot be computed (see {@code problem})
 * @param problem why the split cannot be computed yet, or null
 * @param names the participants' names as this viewer may see them now (the trade name
 * only when the viewer may see it)
 */
public record PoolView(long id, PoolOwnerKind ownerKind, long ownerId, long ecosystemId, String title, String currency,
		PoolStatus status, AllocationKey defaultKey, long version, boolean manager, Long viewerCompanyId,
		List<Participant> participants, List<Item> items, List<SubsidyItem> subsidies, Split split, Problem problem,
		List<PartyBalance> balances, List<Transfer> transfers, List<CashCall> cashCalls, List<Payment> payments,
		Instant postedAt, Instant updatedAt, Map<Long, String> names) {

	/**
	 * What this view of the pool depends on, for its ETag: the pool's version and what
	 * the viewer may see of it (whether they run it, their company, and the names they
	 * may see now, which change with the companies' visibility and not the pool's
	 * version).
	 */
	public List<Object> versionAsSeen() {
		return List.of(this.id, this.version, this.updatedAt, this.manager,
				(this.viewerCompanyId != null) ? this.viewerCompanyId : "-", new TreeMap<>(this.names));
	}

	/** A participant's name as the viewer may see it. */
	public String nameOf(long companyId) {
		return this.names.getOrDefault(companyId, "#" + companyId);
	}

	/** A participant, as its owner module gave it. */
	public record Participant(long companyId, String name, BigDecimal area, BigDecimal weight, Integer headcount,
			boolean firstTimeExporter, int previousParticipations, boolean withdrawn) {

		ParticipantDraft draft() {
			return new ParticipantDraft(this.companyId, this.name, this.area, this.weight, this.headcount,
					this.firstTimeExporter, this.previousParticipations);
		}

	}

	public record Item(long id, CostItemDraft draft) {
	}

	public record SubsidyItem(long id, SubsidyDraft draft) {
	}

	/** Why something cannot be done, as a message key and its arguments. */
	public record Problem(String messageKey, Object[] arguments) {
	}

	/**
	 * Where a party stands: its share owed to the pool (provisional until the split is
	 * confirmed), what it was billed directly, advanced, received as subsidies
	 * (coordination body), paid and received; the balance is what it still owes
	 * (negative: what it is owed); {@code dueNow} is the part of it to pay (or to be paid
	 * back) now, which the suggested transfers clear (see the package documentation).
	 */
	public record PartyBalance(Party party, BigDecimal owed, BigDecimal billedDirectly, BigDecimal advanced,
			BigDecimal subsidies, BigDecimal paid, BigDecimal received, BigDecimal balance, BigDecimal dueNow) {

		/**
		 * What is still owed but not asked yet (called later, or settled at
		 * confirmation).
		 */
		public BigDecimal notYetDue() {
			return this.balance.subtract(this.dueNow);
		}

	}

	/** A call for deposits, with each participant's line. */
	public record CashCall(long id, String label, BigDecimal rate, LocalDate dueOn, BigDecimal total,
			List<CashCallLine> lines) {
	}

	/**
	 * What one participant is asked, what its payments cover, and what is still due;
	 * {@code cancelled} when the line was reversed (its participant withdrew).
	 */
	public record CashCallLine(long companyId, String name, BigDecimal amount, BigDecimal covered,
			BigDecimal outstanding, boolean withdrawn, boolean cancelled) {
	}

	public record Payment(long id, Party payer, Party payee, BigDecimal amount, LocalDate paidOn, String reference) {
	}

	/** Each share in words, and the bars of its chart; empty without a split. */
	public List<ShareExplanation> explanations() {
		return (this.split == null) ? List.of() : ShareExplanation.of(this.split);
	}

	/** Whether the pool's costs and participants may still change. */
	public boolean isOpen() {
		return this.status == PoolStatus.OPEN;
	}

	public boolean isPosted() {
		return this.status == PoolStatus.POSTED;
	}

	public List<Participant> activeParticipants() {
		return this.participants.stream().filter((p) -> !p.withdrawn()).toList();
	}

	/** The viewer's own balance, when it is a participant. */
	public PartyBalance ownBalance() {
		return this.balances.stream()
			.filter((b) -> this.viewerCompanyId != null && this.viewerCompanyId.equals(b.party().companyId()))
			.findFirst()
			.orElse(null);
	}

}
