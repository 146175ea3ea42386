package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemSummary;
import fr.coopex.ledger.Ledger;
import fr.coopex.shared.security.CoopexUser;

/**
 * Shared stands and their bookings. Every rule is checked here: the ecosystem's
 * coordinators open and run a stand; its active member companies book area; bookings of a
 * stand are serialised by a lock on the stand's row, so that they never exceed its area
 * whatever the concurrency. A stand the caller may not know about answers as if it did
 * not exist ({@link NotFoundException}).
 * <p>
 * Each stand has its cost pool in the {@link Ledger}, kept in step in the same
 * transaction as the stand (a refusal of the ledger undoes the stand's change too):
 * <ul>
 * <li>opening a stand opens its pool (split by area) and attaches it;</li>
 * <li>a booking joins the pool with the company's area and the facts subsidies look at; a
 * change of area updates it; booking again after a cancellation joins again;</li>
 * <li>a cancellation before the deadline withdraws the company from the pool; a late one
 * keeps it in (its share stays due) until the coordinator waives it, which withdraws
 * it;</li>
 * <li>confirming the stand posts the split (so the pool must have its costs by then);
 * opening bookings again reopens a pool posted meanwhile from its console;</li>
 * <li>cancelling or settling the stand leaves the pool as it is: unposted if the stand
 * was never confirmed, posted if it was. Costs already incurred (cancellation fees) are
 * then settled from the pool's console, where the coordinator may also reopen the pool
 * and take costs out.</li>
 * </ul>
 * Stands opened before they had pools (no pool attached) are left out of the ledger.
 */
@Service
public class StandManagement {

	private final StandCommands commands;

	private final StandPages pages;

	private final StandLists lists;

	private final StandAccess access;

	private final Participations participations;

	StandManagement(StandCommands commands, StandPages pages, StandLists lists, StandAccess access,
			Participations participations) {
		this.commands = commands;
		this.pages = pages;
		this.lists = lists;
		this.access = access;
		this.participations = participations;
	}

	/**
	 * What a coordinator sets for a stand.
	 *
	 * @param totalArea m², more than zero, at most two decimals
	 * @param minShare the least area a company may book, m²
	 * @param bookingDeadline the last day companies book, change or cancel without owing
	 */
	public record StandDraft(BigDecimal totalArea, BigDecimal minShare, LocalDate bookingDeadline, String description) {
	}

	// --- running a stand

	/**
	 * A coordinator of the ecosystem opens a shared stand at a fair, and with it the
	 * stand's cost pool (split by area), attached to the stand.
	 */
	@Transactional
	public long open(CoopexUser coordinator, long fairId, long ecosystemId, StandDraft draft) {
		return this.commands.open(coordinator, fairId, ecosystemId, draft);
	}

	/**
	 * A coordinator changes the area, the minimum share, the deadline or the description,
	 * while the stand is open or closed.
	 * @param version the version of the stand the coordinator loaded
	 */
	@Transactional
	public void update(CoopexUser coordinator, long standId, long version, StandDraft draft) {
		this.commands.update(coordinator, standId, version, draft);
	}

	/**
	 * A coordinator moves the stand on: closes or reopens bookings, confirms it (which
	 * records each exhibitor's participation at the fair and posts the split of the
	 * stand's cost pool: refused, changing nothing, while the pool has no cost), marks it
	 * settled, or cancels it (the pool stays as it is).
	 */
	@Transactional
	public void changeStatus(CoopexUser coordinator, long standId, long version, StandStatus next) {
		this.commands.changeStatus(coordinator, standId, version, next);
	}

	/**
	 * A coordinator waives what a company's late cancellation owes: the company leaves
	 * the stand's cost pool, whose costs are split again among the others (and posted
	 * again if the split was confirmed).
	 */
	@Transactional
	public void waive(CoopexUser coordinator, long standId, long bookingId) {
		this.commands.waive(coordinator, standId, bookingId);
	}

	// --- booking

	/**
	 * A member company books area, or changes the area it booked, while the stand is open
	 * and until the deadline, and joins the stand's cost pool with that area (or updates
	 * it there). The stand's row is locked meanwhile: bookings of the stand are made one
	 * after the other, so that they never add up to more than its area.
	 * @param expectedVersion the version of the company's booking the form was loaded
	 * with, null when it had none: a booking changed meanwhile (by a colleague) is not
	 * overwritten
	 */
	@Transactional
	public void book(CoopexUser member, long standId, BigDecimal area, Long expectedVersion) {
		this.commands.book(member, standId, area, expectedVersion);
	}

	/**
	 * A member company cancels its booking. Until the deadline, while the stand is not
	 * confirmed, it owes nothing and leaves the stand's cost pool; afterwards it stays in
	 * the pool (its share stays due) unless the coordinator waives it.
	 */
	@Transactional
	public void cancel(CoopexUser member, long standId, long expectedVersion) {
		this.commands.cancel(member, standId, expectedVersion);
	}

	// --- reading

	/** The stand as this viewer may see it. */
	@Transactional(readOnly = true)
	public StandPage page(CoopexUser viewer, long standId) {
		return this.pages.page(viewer, standId);
	}

	/**
	 * The stands of the ecosystems the viewer coordinates or whose member company it is
	 * (optionally one ecosystem only), the latest deadline first.
	 */
	@Transactional(readOnly = true)
	public List<StandSummary> visibleTo(CoopexUser viewer, Long ecosystemId) {
		return this.lists.visibleTo(viewer, ecosystemId);
	}

	/** The stands of the ecosystems this person coordinates, for the console. */
	@Transactional(readOnly = true)
	public List<StandSummary> coordinatedBy(CoopexUser coordinator) {
		return this.lists.coordinatedBy(coordinator);
	}

	/**
	 * The stands at a fair that the viewer may see, and whether they may open one there,
	 * in a handful of queries whatever the number of the viewer's ecosystems.
	 */
	@Transactional(readOnly = true)
	public FairStands atFair(CoopexUser viewer, FairView fair) {
		return (viewer == null) ? FairStands.NONE : this.lists.atFair(viewer, fair);
	}

	/** The ecosystems in which this person may open a stand: those they coordinate. */
	@Transactional(readOnly = true)
	public List<EcosystemSummary> ecosystemsToOpenIn(CoopexUser coordinator) {
		return this.access.toOpenIn(coordinator);
	}

	/** A stand for other modules (the ledger), with its participants and their facts. */
	@Transactional(readOnly = true)
	public StandView view(long standId) {
		return this.lists.view(standId);
	}

	/** Whether this person coordinates the stand's ecosystem. */
	@Transactional(readOnly = true)
	public boolean isCoordinator(CoopexUser user, long standId) {
		return this.lists.isCoordinator(user, standId);
	}

	/**
	 * Whether this person's company holds area on the stand (booked, or owes a late
	 * cancellation).
	 */
	@Transactional(readOnly = true)
	public boolean isParticipant(CoopexUser user, long standId) {
		return this.lists.isParticipant(user, standId);
	}

	/**
	 * How many confirmed stands a company exhibited on at the editions of this fair (this
	 * one and the others of its series), whatever the ecosystem.
	 */
	@Transactional(readOnly = true)
	public int participations(long companyId, long fairId) {
		return this.participations.count(companyId, fairId);
	}

}
