package fr.coopex.labels;

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
 * An application of an ecosystem to a scheme version, and once granted its label. Its
 * status changes only through {@link #moveTo}, which refuses every change the state
 * machine does not list; its version makes two officers deciding at once collide.
 */
@Entity
@Table(name = "label_application")
class LabelApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "scheme_id", nullable = false)
	private Long schemeId;

	@Column(name = "ecosystem_id", nullable = false)
	private Long ecosystemId;

	@Column(name = "previous_id")
	private Long previousId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status = ApplicationStatus.DRAFT;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "evidence_at")
	private Instant evidenceAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "status_reason")
	private String statusReason;

	@Column(name = "label_number")
	private String labelNumber;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "reminded_60", nullable = false)
	private boolean reminded60;

	@Column(name = "reminded_15", nullable = false)
	private boolean reminded15;

	@Version
	private long version;

	protected LabelApplication() {
	}

	LabelApplication(long schemeId, long ecosystemId, Long previousId, long createdBy, Instant now) {
		this.schemeId = schemeId;
		this.ecosystemId = ecosystemId;
		this.previousId = previousId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * Changes the status.
	 * @throws LabelException when the state machine does not allow it
	 */
	void moveTo(ApplicationStatus next, long by, Instant now, String reason) {
		if (!this.status.canBecome(next)) {
			throw new LabelException(null, "labels.transition.refused", this.status.name(), next.name());
		}
		this.status = next;
		this.statusReason = reason;
		if (next == ApplicationStatus.SUBMITTED) {
			this.submittedAt = now;
		}
		else {
			this.decidedBy = by;
			this.decidedAt = now;
		}
	}

	void grant(String number, LocalDate startsOn, LocalDate endsOn) {
		this.labelNumber = number;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	void evidenceFrozenAt(Instant at) {
		this.evidenceAt = at;
	}

	void reminded(int days) {
		if (days == 60) {
			this.reminded60 = true;
		}
		else {
			this.reminded15 = true;
		}
	}

	Long getId() {
		return this.id;
	}

	Long getSchemeId() {
		return this.schemeId;
	}

	Long getEcosystemId() {
		return this.ecosystemId;
	}

	Long getPreviousId() {
		return this.previousId;
	}

	ApplicationStatus getStatus() {
		return this.status;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getEvidenceAt() {
		return this.evidenceAt;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	String getStatusReason() {
		return this.statusReason;
	}

	String getLabelNumber() {
		return this.labelNumber;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

	boolean isReminded60() {
		return this.reminded60;
	}

	boolean isReminded15() {
		return this.reminded15;
	}

	long getVersion() {
		return this.version;
	}

}
