package fr.coopex.ecosystems;

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
 * A proposal to hand an ecosystem's coordination over to an organisation: a coordination
 * body (from the leader firm) or a member firm (from the body). Only one is pending per
 * ecosystem ({@code pending_ecosystem_id} is unique and set while it is).
 */
@Entity
@Table(name = "ecosystem_handover")
class Handover {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ecosystem_id", nullable = false)
	private Long ecosystemId;

	/** Who coordinates once accepted. */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Coordination direction;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(name = "organisation_name", nullable = false)
	private String organisationName;

	private String message;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HandoverStatus status;

	@Column(name = "proposed_by", nullable = false)
	private Long proposedBy;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "pending_ecosystem_id")
	private Long pendingEcosystemId;

	@Version
	private long version;

	protected Handover() {
	}

	Handover(long ecosystemId, Coordination direction, long organisationId, String organisationName, String message,
			long proposedBy, Instant now) {
		this.ecosystemId = ecosystemId;
		this.direction = direction;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.message = message;
		this.status = HandoverStatus.PROPOSED;
		this.proposedBy = proposedBy;
		this.proposedAt = now;
		this.pendingEcosystemId = ecosystemId;
	}

	void decide(HandoverStatus next, long by, Instant now) {
		if (this.status != HandoverStatus.PROPOSED) {
			throw new EcosystemException(null, "ecosystems.handover.not-pending");
		}
		this.status = next;
		this.decidedBy = by;
		this.decidedAt = now;
		this.pendingEcosystemId = null;
	}

	Long getId() {
		return this.id;
	}

	Long getEcosystemId() {
		return this.ecosystemId;
	}

	Coordination getDirection() {
		return this.direction;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	String getOrganisationName() {
		return this.organisationName;
	}

	String getMessage() {
		return this.message;
	}

	HandoverStatus getStatus() {
		return this.status;
	}

	Instant getProposedAt() {
		return this.proposedAt;
	}

}
