package fr.coopex.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.coopex.ledger.PoolView.Participant;
import fr.coopex.ledger.PoolView.PartyBalance;
import fr.coopex.ledger.Settlement.Transfer;
import fr.coopex.shared.security.CoopexUser;

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
 * <p>
 * A facade: each method opens the transaction and hands over to a package-private part
 * (access rules, cost lines, subsidies, posting, payments, read model, store).
 */
@Service
public class Ledger {

	/**
	 * Skips the version check: for code of other modules acting on the current state,
	 * never for a version that came with a request (the console refuses it as stale).
	 */
	public static final long ANY_VERSION = Long.MIN_VALUE;

	private final PoolStore store;

	private final PoolCosts costs;

	private final SubsidySources subsidies;

	private final PoolPosting posting;

	private final PoolPayments payments;

	private final PoolReadModel reads;

	private final EcosystemAccounts accounts;

	Ledger(PoolStore store, PoolCosts costs, SubsidySources subsidies, PoolPosting posting, PoolPayments payments,
			PoolReadModel reads, EcosystemAccounts accounts) {
		this.store = store;
		this.costs = costs;
		this.subsidies = subsidies;
		this.posting = posting;
		this.payments = payments;
		this.reads = reads;
		this.accounts = accounts;
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
		return this.costs.openPool(by, ownerKind, ownerId, ecosystemId, title, defaultKey, managers);
	}

	/** The pool of a stand or a mission, if one was opened. */
	@Transactional(readOnly = true)
	public Optional<Long> poolOf(PoolOwnerKind ownerKind, long ownerId) {
		return this.store.poolOf(ownerKind, ownerId);
	}

	/** Renames the pool (while open). */
	@Transactional
	public void rename(CoopexUser by, long poolId, long version, String title) {
		this.costs.rename(by, poolId, version, title);
	}

	/**
	 * Changes the pool's allocation key (while open); refused when it leaves an item with
	 * nothing to split it by.
	 */
	@Transactional
	public void changeKey(CoopexUser by, long poolId, long version, AllocationKey key) {
		this.costs.changeKey(by, poolId, version, key);
	}

	/** Adds a cost item (while open). */
	@Transactional
	public long addItem(CoopexUser by, long poolId, long version, CostItemDraft item) {
		return this.costs.addItem(by, poolId, version, item);
	}

	/** Changes a cost item (while open). */
	@Transactional
	public void updateItem(CoopexUser by, long poolId, long version, long itemId, CostItemDraft item) {
		this.costs.updateItem(by, poolId, version, itemId, item);
	}

	@Transactional
	public void removeItem(CoopexUser by, long poolId, long version, long itemId) {
		this.costs.removeItem(by, poolId, version, itemId);
	}

	/** Adds a subsidy (while open). */
	@Transactional
	public long addSubsidy(CoopexUser by, long poolId, long version, SubsidyDraft subsidy) {
		return this.subsidies.addSubsidy(by, poolId, version, subsidy);
	}

	/**
	 * The aids a subsidy may come from, by name: published, current (not historical) and
	 * paying for trade fairs, prospection or collective actions.
	 */
	public List<CatalogueAid> aidsForSubsidies() {
		return this.subsidies.aidsForSubsidies();
	}

	/** The name of the published aid a subsidy links to, if it is still published. */
	public Optional<String> aidName(long aidId) {
		return this.subsidies.aidName(aidId);
	}

	@Transactional
	public void removeSubsidy(CoopexUser by, long poolId, long version, long subsidyId) {
		this.subsidies.removeSubsidy(by, poolId, version, subsidyId);
	}

	/**
	 * Adds a participant or updates it (area, weight, subsidy criteria) while the pool is
	 * open. Called by the owner module when a company books or opts in: a manager of the
	 * pool, or a member for its own company.
	 */
	@Transactional
	public void join(CoopexUser by, long poolId, ParticipantDraft participant) {
		this.costs.join(by, poolId, participant);
	}

	/**
	 * A manager types a participant's area and weight (while open); refused when it
	 * leaves an item with nothing to split it by.
	 */
	@Transactional
	public void setKeys(CoopexUser by, long poolId, long version, long companyId, BigDecimal area, BigDecimal weight) {
		this.costs.setKeys(by, poolId, version, companyId, area, weight);
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
		this.posting.withdraw(by, poolId, companyId);
	}

	/** The split of the pool as it stands (not posted), for who may see the pool. */
	@Transactional(readOnly = true)
	public Split preview(CoopexUser viewer, long poolId) {
		return this.reads.preview(viewer, poolId);
	}

	/**
	 * Confirms the split: writes the shares, advances, direct billings and subsidies as
	 * ledger entries, keeps each participant's lines, and closes the pool to changes.
	 * Posting again after {@link #reopen} first reverses the previous posting.
	 */
	@Transactional
	public void post(CoopexUser by, long poolId, long version) {
		this.posting.post(by, poolId, version);
	}

	/**
	 * Reopens a posted pool for an amendment; its entries stay until it is posted again.
	 */
	@Transactional
	public void reopen(CoopexUser by, long poolId, long version) {
		this.posting.reopen(by, poolId, version);
	}

	/** Records a payment: to the coordination body, a refund, or between participants. */
	@Transactional
	public long recordPayment(CoopexUser by, long poolId, long version, PaymentDraft payment) {
		return this.payments.recordPayment(by, poolId, version, payment);
	}

	/**
	 * Calls deposits: {@code rate}% of what each participant owes the pool (its share
	 * less what it is billed directly), due on a date. Members see it on the pool page.
	 */
	@Transactional
	public long callDeposits(CoopexUser by, long poolId, long version, String label, BigDecimal rate, LocalDate dueOn) {
		return this.payments.callDeposits(by, poolId, version, label, rate, dueOn);
	}

	/**
	 * The pool as this viewer may see it; 404 for anyone but participants and managers.
	 */
	@Transactional(readOnly = true)
	public PoolView pool(CoopexUser viewer, long poolId) {
		return this.reads.pool(viewer, poolId);
	}

	/**
	 * A company's line in the pool (also once withdrawn), for the pool's managers and
	 * that company's people; empty for anyone else, or when the company never took part.
	 * Lets an owner module keep what a manager typed (the weight) when the company
	 * changes.
	 */
	@Transactional(readOnly = true)
	public Optional<Participant> participant(CoopexUser viewer, long poolId, long companyId) {
		return this.reads.participant(viewer, poolId, companyId);
	}

	/** Whether this person may run the pool. */
	@Transactional(readOnly = true)
	public boolean manages(CoopexUser viewer, long poolId) {
		return this.reads.manages(viewer, poolId);
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

	/** The pools of the viewer's company and of the ecosystems it runs, newest first. */
	@Transactional(readOnly = true)
	public List<PoolLine> mine(CoopexUser viewer) {
		return this.reads.mine(viewer);
	}

	/**
	 * A company's account in one ecosystem: its pools, its balance in each, and the
	 * transfers that clear its balances across them. A member sees its own company; a
	 * coordinator of the ecosystem any company ({@code companyId}), or every party when
	 * {@code companyId} is null.
	 */
	@Transactional(readOnly = true)
	public EcosystemAccount ecosystemAccount(CoopexUser viewer, long ecosystemId, Long companyId) {
		return this.accounts.of(viewer, ecosystemId, companyId);
	}

	/** A participant's lines as posted (before: as previewed); a member gets its own. */
	@Transactional(readOnly = true)
	public List<Split.Line> statementLines(CoopexUser viewer, long poolId, long companyId) {
		return this.reads.statementLines(viewer, poolId, companyId);
	}

	/**
	 * The pools whose posted shares do not add up to their posted total, whose entries do
	 * not balance, or whose kept lines do not add up to the total. Empty when the ledger
	 * is sound.
	 */
	@Transactional(readOnly = true)
	public List<Long> inconsistentPools() {
		return this.store.inconsistentPools();
	}

}
