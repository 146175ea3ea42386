package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.coopex.shared.persistence.Timestamped;

/**
 * A company's application for an aid. The documents ticked are kept by their text, so
 * that a checklist reordered by the agency keeps its ticks.
 */
@Entity
@Table(name = "aid_application")
class AidApplication extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "aid_id", nullable = false)
	private long aidId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status;

	@Column(name = "amount_requested")
	private BigDecimal amountRequested;

	@Column(name = "amount_granted")
	private BigDecimal amountGranted;

	@Column(name = "planned_on")
	private LocalDate plannedOn;

	@Column(name = "submitted_on")
	private LocalDate submittedOn;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	private String notes;

	@Column(name = "documents_done")
	private String documentsDone;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	protected AidApplication() {
	}

	AidApplication(long companyId, long aidId, long createdBy, Instant now) {
		this.companyId = companyId;
		this.aidId = aidId;
		this.status = ApplicationStatus.PLANNED;
		this.createdBy = createdBy;
		markCreated(now);
		markUpdated(now);
	}

	void update(ApplicationTracker.ApplicationUpdate u, Instant now) {
		this.status = u.status();
		this.amountRequested = u.amountRequested() == null ? null : u.amountRequested().setScale(2);
		this.amountGranted = u.amountGranted() == null ? null : u.amountGranted().setScale(2);
		this.plannedOn = u.plannedOn();
		this.submittedOn = u.submittedOn();
		this.decidedOn = u.decidedOn();
		this.notes = u.notes() == null || u.notes().isBlank() ? null : u.notes().strip();
		this.documentsDone = u.documentsDone().isEmpty() ? null : String.join("\n", u.documentsDone());
		markUpdated(now);
	}

	Set<String> documentsDone() {
		Set<String> done = new LinkedHashSet<>();
		if (this.documentsDone != null) {
			this.documentsDone.lines().forEach(done::add);
		}
		return done;
	}

	Long getId() {
		return this.id;
	}

	long getCompanyId() {
		return this.companyId;
	}

	long getAidId() {
		return this.aidId;
	}

	ApplicationStatus getStatus() {
		return this.status;
	}

	BigDecimal getAmountRequested() {
		return this.amountRequested;
	}

	BigDecimal getAmountGranted() {
		return this.amountGranted;
	}

	LocalDate getPlannedOn() {
		return this.plannedOn;
	}

	LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	String getNotes() {
		return this.notes;
	}

}
