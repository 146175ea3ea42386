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
 * A company's place in an ecosystem. State changes go through guarded methods: approving
 * a request that is no longer pending, for instance, is refused.
 */
@Entity
@Table(name = "ecosystem_membership")
class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ecosystem_id", nullable = false)
	private Long ecosystemId;

	@Column(name = "company_id", nullable = false)
	private Long companyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MembershipRole role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MembershipStatus status;

	private String message;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "charter_version_accepted")
	private Integer charterVersionAccepted;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "requested_by")
	private Long requestedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "left_at")
	private Instant leftAt;

	@Version
	private long version;

	protected Membership() {
	}

	Membership(long ecosystemId, long companyId) {
		this.ecosystemId = ecosystemId;
		this.companyId = companyId;
		this.status = MembershipStatus.LEFT;
		this.role = MembershipRole.MEMBER;
	}

	/** The leader firm of a new ecosystem is in from the start. */
	static Membership leader(long ecosystemId, long companyId, long userId, int charterVersion, Instant now) {
		Membership membership = new Membership(ecosystemId, companyId);
		membership.role = MembershipRole.LEADER;
		membership.status = MembershipStatus.ACTIVE;
		membership.requestedAt = now;
		membership.requestedBy = userId;
		membership.decidedAt = now;
		membership.decidedBy = userId;
		membership.charterVersionAccepted = charterVersion;
		return membership;
	}

	void request(String message, long userId, int charterVersion, Instant now) {
		open(MembershipStatus.REQUESTED, MembershipRole.MEMBER, message, userId, now);
		this.charterVersionAccepted = charterVersion;
	}

	void invite(MembershipRole role, long coordinatorId, Instant now) {
		open(MembershipStatus.INVITED, role, null, coordinatorId, now);
	}

	/** A new request or invitation, refused while one is open or the company is in. */
	private void open(MembershipStatus status, MembershipRole role, String message, long by, Instant now) {
		if (this.status.isOpen()) {
			throw new EcosystemException(null, this.status == MembershipStatus.ACTIVE ? "ecosystems.join.already-member"
					: "ecosystems.join.already-pending");
		}
		this.status = status;
		this.role = role;
		this.message = message;
		this.requestedAt = now;
		this.requestedBy = by;
		this.decisionReason = null;
		this.decidedAt = null;
		this.decidedBy = null;
	}

	void approve(MembershipRole role, long coordinatorId, Instant now) {
		requirePending(MembershipStatus.REQUESTED);
		this.status = MembershipStatus.ACTIVE;
		this.role = role == null ? MembershipRole.MEMBER : role;
		this.decidedAt = now;
		this.decidedBy = coordinatorId;
	}

	void reject(String reason, long coordinatorId, Instant now) {
		requirePending(MembershipStatus.REQUESTED);
		this.status = MembershipStatus.REJECTED;
		this.decisionReason = reason;
		this.decidedAt = now;
		this.decidedBy = coordinatorId;
	}

	void acceptInvitation(long userId, int charterVersion, Instant now) {
		requirePending(MembershipStatus.INVITED);
		this.status = MembershipStatus.ACTIVE;
		this.charterVersionAccepted = charterVersion;
		this.decidedAt = now;
		this.decidedBy = userId;
	}

	void declineInvitation(long userId, Instant now) {
		requirePending(MembershipStatus.INVITED);
		this.status = MembershipStatus.DECLINED;
		this.decidedAt = now;
		this.decidedBy = userId;
	}

	void withdraw(Instant now) {
		requirePending(MembershipStatus.REQUESTED);
		this.status = MembershipStatus.WITHDRAWN;
		this.decidedAt = now;
	}

	/** Leaving is always possible; what the company owes on shared costs remains. */
	void leave(Instant now) {
		if (this.status != MembershipStatus.ACTIVE) {
			throw new EcosystemException(null, "ecosystems.leave.not-member");
		}
		this.status = MembershipStatus.LEFT;
		this.leftAt = now;
	}

	/** A coordinator removes an active member, saying why; it may ask to join again. */
	void remove(String reason, long coordinatorId, Instant now) {
		if (this.status != MembershipStatus.ACTIVE) {
			throw new EcosystemException(null, "ecosystems.leave.not-member");
		}
		this.status = MembershipStatus.REMOVED;
		this.decisionReason = reason;
		this.decidedAt = now;
		this.decidedBy = coordinatorId;
		this.leftAt = now;
	}

	/** The company's place changes while it is in. */
	void changeRole(MembershipRole role) {
		if (this.status != MembershipStatus.ACTIVE) {
			throw new EcosystemException(null, "ecosystems.leave.not-member");
		}
		this.role = role;
	}

	void acceptCharter(int version) {
		if (this.status != MembershipStatus.ACTIVE) {
			throw new EcosystemException(null, "ecosystems.leave.not-member");
		}
		this.charterVersionAccepted = version;
	}

	private void requirePending(MembershipStatus expected) {
		if (this.status != expected) {
			throw new EcosystemException(null, switch (this.status) {
				case WITHDRAWN -> "ecosystems.decision.withdrawn";
				case ACTIVE, REJECTED -> "ecosystems.decision.already-decided";
				default -> "ecosystems.decision.not-pending";
			});
		}
	}

	Long getId() {
		return this.id;
	}

	Long getEcosystemId() {
		return this.ecosystemId;
	}

	Long getCompanyId() {
		return this.companyId;
	}

	MembershipRole getRole() {
		return this.role;
	}

	MembershipStatus getStatus() {
		return this.status;
	}

	String getMessage() {
		return this.message;
	}

	String getDecisionReason() {
		return this.decisionReason;
	}

	Integer getCharterVersionAccepted() {
		return this.charterVersionAccepted;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}
