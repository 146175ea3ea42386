package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A stand an ecosystem shares at a fair. Bookings are separate rows; the stand row is
 * locked while one is made or changed, so that they never add up to more than the area.
 */
@Entity
@Table(name = "stand")
class Stand {

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

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Stand() {
	}

	Stand(long fairId, long ecosystemId, long openedBy, Instant now) {
		this.fairId = fairId;
		this.ecosystemId = ecosystemId;
		this.openedBy = openedBy;
		this.createdAt = now;
	}

	void describe(BigDecimal totalArea, BigDecimal minShare, LocalDate bookingDeadline, String description,
			Instant now) {
		this.totalArea = totalArea;
		this.minShare = minShare;
		this.bookingDeadline = bookingDeadline;
		this.description = description;
		this.updatedAt = now;
	}

	void changeStatus(StandStatus next, Instant now) {
		if (!this.status.canBecome(next)) {
			throw new FairException("status", "fairs.stand.status.invalid-transition");
		}
		this.status = next;
		this.updatedAt = now;
	}

	void attachPool(long poolId) {
		this.poolId = poolId;
	}

	/** Whether bookings are taken on that day: open, and not after the deadline. */
	boolean takesBookingsOn(LocalDate today) {
		return takesBookings(this.status, this.bookingDeadline, today);
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

	long getVersion() {
		return this.version;
	}

}
