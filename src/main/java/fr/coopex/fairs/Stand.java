package fr.coopex.fairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.security.access.AccessDeniedException;

import fr.coopex.fairs.StandManagement.StandDraft;
import fr.coopex.shared.persistence.Timestamped;
import fr.coopex.shared.web.Text;

/**
 * A stand an ecosystem shares at a fair. Bookings are separate rows; the stand row is
 * locked while one is made or changed, so that they never add up to more than the area.
 * The booking rules live here: area left, deadline, who may book, and what a withdrawal
 * owes.
 */
@Entity
@Table(name = "stand")
class Stand extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "fair_id", nullable = false)
	private Long fairId;

	@Column(name = "ecosystem_id", nullable = false)
	private Long ecosystemId;

	@Column(name = "total_area", nullable = false)
	private BigDecimal totalArea;

	@Column(name = "min_share", nullable = false)
	private BigDecimal minShare;

	@Column(name = "booking_deadline", nullable = false)
	private LocalDate bookingDeadline;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StandStatus status = StandStatus.OPEN;

	@Column(name = "pool_id")
	private Long poolId;

	@Column(name = "opened_by", nullable = false)
	private Long openedBy;

	protected Stand() {
	}

	Stand(long fairId, long ecosystemId, long openedBy, Instant now) {
		this.fairId = fairId;
		this.ecosystemId = ecosystemId;
		this.openedBy = openedBy;
		markCreated(now);
	}

	/** The largest area accepted, in m² (a hall, not a stand). */
	static final BigDecimal MAX_AREA = new BigDecimal("99999.99");

	/**
	 * Sets what the coordinator decides, checked field by field.
	 * @param fairEndsOn the last day of the fair: the deadline may not be after it
	 * @param held the area already booked (or owed): the stand may not be smaller
	 */
	void describe(StandDraft draft, LocalDate fairEndsOn, LocalDate today, BigDecimal held, Instant now) {
		BigDecimal total = area(draft.totalArea(), "totalArea");
		BigDecimal min = area(draft.minShare(), "minShare");
		if (min.compareTo(total) > 0) {
			throw new FairException("minShare", "fairs.stand.min-above-total");
		}
		LocalDate deadline = draft.bookingDeadline();
		if (deadline == null) {
			throw new FairException("bookingDeadline", "NotNull");
		}
		boolean unchanged = deadline.equals(this.bookingDeadline);
		if (!unchanged && deadline.isBefore(today)) {
			throw new FairException("bookingDeadline", "fairs.stand.deadline-past");
		}
		if (deadline.isAfter(fairEndsOn)) {
			throw new FairException("bookingDeadline", "fairs.stand.deadline-after-fair");
		}
		String text = Text.clean(draft.description());
		if (text != null && text.length() > 2000) {
			throw new FairException("description", "Size");
		}
		if (total.compareTo(held) < 0) {
			throw new FairException("totalArea", "fairs.stand.area-below-booked");
		}
		this.totalArea = total;
		this.minShare = min;
		this.bookingDeadline = deadline;
		this.description = text;
		markUpdated(now);
	}

	/** A coordinator edits the stand: only while it is open or closed. */
	void redescribe(long expectedVersion, StandDraft draft, LocalDate fairEndsOn, LocalDate today, BigDecimal held,
			Instant now) {
		requireVersion(expectedVersion);
		if (!this.status.isEditable()) {
			throw new FairException(null, "fairs.stand.not-editable");
		}
		describe(draft, fairEndsOn, today, held, now);
	}

	void requireVersion(long expectedVersion) {
		if (getVersion() != expectedVersion) {
			throw new FairException(null, "fairs.stand.changed-meanwhile");
		}
	}

	/** Who books, what, and on which version of their booking the form was loaded. */
	record BookingRequest(long companyId, long userId, boolean activeMember, BigDecimal area, Long expectedVersion) {
	}

	/**
	 * A company books area, or changes the area it booked, or books again after a
	 * cancellation before the deadline: only an active member company, while the stand is
	 * open and until the deadline, at least the minimum share and at most the area left.
	 * @param current the company's booking, null when it has none
	 * @param held the area held on the stand, the company's booking included
	 * @return the booking, new (not saved yet) or changed
	 */
	StandBooking book(BookingRequest request, StandBooking current, BigDecimal held, LocalDate today, Instant now) {
		if (!request.activeMember()) {
			throw new AccessDeniedException("Only the ecosystem's member companies book stand area");
		}
		BigDecimal checked = area(request.area(), "area");
		if (this.status != StandStatus.OPEN) {
			throw new FairException("area", "fairs.booking.not-open");
		}
		if (isPastDeadline(today)) {
			throw new FairException("area", "fairs.booking.after-deadline");
		}
		Long currentVersion = (current == null) ? null : current.getVersion();
		if (!Objects.equals(currentVersion, request.expectedVersion())) {
			throw new FairException(null, "fairs.booking.changed-meanwhile");
		}
		if (checked.compareTo(this.minShare) < 0) {
			throw new FairException("area", "fairs.booking.below-minimum");
		}
		boolean changing = current != null && current.getStatus() == BookingStatus.BOOKED;
		BigDecimal left = this.totalArea.subtract(held).add(changing ? current.getArea() : BigDecimal.ZERO);
		if (checked.compareTo(left) > 0) {
			throw new FairException("area", "fairs.booking.more-than-left");
		}
		if (current == null) {
			return new StandBooking(this.id, request.companyId(), checked, request.userId(), now);
		}
		current.book(checked, request.userId(), now);
		return current;
	}

	/**
	 * A member company withdraws its booking. Until the deadline, while the stand is not
	 * confirmed, it owes nothing; afterwards its share stays due.
	 * @param member whether the person is of a member company (coordinators do not
	 * withdraw for them)
	 * @return whether the booking still owes its share
	 */
	boolean withdraw(boolean member, StandBooking booking, long expectedVersion, LocalDate today, Instant now) {
		if (!member) {
			throw new AccessDeniedException("Only the ecosystem's member companies cancel bookings");
		}
		if (this.status.isFinished()) {
			throw new FairException(null, "fairs.stand.finished");
		}
		if (booking == null || booking.getStatus() != BookingStatus.BOOKED) {
			throw new FairException(null, "fairs.booking.none");
		}
		if (booking.getVersion() != expectedVersion) {
			throw new FairException(null, "fairs.booking.changed-meanwhile");
		}
		boolean owing = owesOnWithdrawal(today);
		booking.cancel(owing, now);
		return owing;
	}

	/**
	 * Whether a company that withdraws now still owes its share: after the deadline, or
	 * once the stand is confirmed.
	 */
	boolean owesOnWithdrawal(LocalDate today) {
		return isPastDeadline(today) || this.status == StandStatus.CONFIRMED;
	}

	/**
	 * The coordinator waives what a late cancellation owes, until the stand is settled.
	 */
	void waive(StandBooking booking, Instant now) {
		if (this.status == StandStatus.SETTLED) {
			throw new FairException(null, "fairs.stand.finished");
		}
		if (booking == null || !booking.getStandId().equals(this.id)) {
			throw new NotFoundException("booking");
		}
		booking.waive(now);
	}

	/**
	 * The coordinator moves the stand on; a stand is confirmed only with at least one
	 * company booked.
	 */
	void changeStatus(long expectedVersion, StandStatus next, boolean anyBooked, Instant now) {
		requireVersion(expectedVersion);
		if (next == null || !this.status.canBecome(next)) {
			throw new FairException("status", "fairs.stand.status.invalid-transition");
		}
		if (next == StandStatus.CONFIRMED && !anyBooked) {
			throw new FairException("status", "fairs.stand.confirm-empty");
		}
		this.status = next;
		markUpdated(now);
	}

	/**
	 * An area in m²: more than zero, at most two decimals, at most {@link #MAX_AREA}.
	 */
	static BigDecimal area(BigDecimal area, String field) {
		if (area == null) {
			throw new FairException(field, "NotNull");
		}
		if (area.signum() <= 0) {
			throw new FairException(field, "fairs.area.positive");
		}
		if (area.stripTrailingZeros().scale() > 2) {
			throw new FairException(field, "fairs.area.two-decimals");
		}
		if (area.compareTo(MAX_AREA) > 0) {
			throw new FairException(field, "fairs.area.too-large");
		}
		return area.setScale(2, RoundingMode.UNNECESSARY);
	}

	void attachPool(long poolId) {
		this.poolId = poolId;
	}

	boolean isPastDeadline(LocalDate today) {
		return isPastDeadline(this.bookingDeadline, today);
	}

	static boolean takesBookings(StandStatus status, LocalDate bookingDeadline, LocalDate today) {
		return status == StandStatus.OPEN && !isPastDeadline(bookingDeadline, today);
	}

	static boolean isPastDeadline(LocalDate bookingDeadline, LocalDate today) {
		return today.isAfter(bookingDeadline);
	}

	Long getId() {
		return this.id;
	}

	Long getFairId() {
		return this.fairId;
	}

	Long getEcosystemId() {
		return this.ecosystemId;
	}

	BigDecimal getTotalArea() {
		return this.totalArea;
	}

	BigDecimal getMinShare() {
		return this.minShare;
	}

	LocalDate getBookingDeadline() {
		return this.bookingDeadline;
	}

	String getDescription() {
		return this.description;
	}

	StandStatus getStatus() {
		return this.status;
	}

	Long getPoolId() {
		return this.poolId;
	}

}
