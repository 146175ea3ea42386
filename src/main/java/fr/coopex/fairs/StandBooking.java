package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.Instant;

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
 * A company's share of a stand. Never deleted: a cancellation keeps the row, with what it
 * still owes.
 */
@Entity
@Table(name = "stand_booking")
class StandBooking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "stand_id", nullable = false)
	private Long standId;

	@Column(name = "company_id", nullable = false)
	private Long companyId;

	@Column(nullable = false)
	private BigDecimal area;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BookingStatus status;

	@Column(name = "booked_by", nullable = false)
	private Long bookedBy;

	@Column(name = "booked_at", nullable = false)
	private Instant bookedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Version
	private long version;

	protected StandBooking() {
	}

	StandBooking(long standId, long companyId, BigDecimal area, long userId, Instant now) {
		this.standId = standId;
		this.companyId = companyId;
		this.area = area;
		this.status = BookingStatus.BOOKED;
		this.bookedBy = userId;
		this.bookedAt = now;
		this.updatedAt = now;
	}

	/** A new area, or a new booking after a cancellation before the deadline. */
	void book(BigDecimal area, long userId, Instant now) {
		if (this.status != BookingStatus.BOOKED && this.status != BookingStatus.CANCELLED) {
			throw new FairException("area", "fairs.booking.after-deadline");
		}
		if (this.status == BookingStatus.CANCELLED) {
			this.bookedAt = now;
			this.cancelledAt = null;
		}
		this.status = BookingStatus.BOOKED;
		this.area = area;
		this.bookedBy = userId;
		this.updatedAt = now;
	}

	void cancel(boolean owing, Instant now) {
		if (this.status != BookingStatus.BOOKED) {
			throw new FairException(null, "fairs.booking.none");
		}
		this.status = owing ? BookingStatus.CANCELLED_OWING : BookingStatus.CANCELLED;
		this.cancelledAt = now;
		this.updatedAt = now;
	}

	void waive(Instant now) {
		if (this.status != BookingStatus.CANCELLED_OWING) {
			throw new FairException(null, "fairs.booking.not-owing");
		}
		this.status = BookingStatus.WAIVED;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getStandId() {
		return this.standId;
	}

	Long getCompanyId() {
		return this.companyId;
	}

	BigDecimal getArea() {
		return this.area;
	}

	BookingStatus getStatus() {
		return this.status;
	}

	Instant getBookedAt() {
		return this.bookedAt;
	}

	long getVersion() {
		return this.version;
	}

}
