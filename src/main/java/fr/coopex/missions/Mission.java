package fr.coopex.missions;

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

import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.persistence.Timestamped;

/**
 * A prospection mission of an ecosystem.
 */
@Entity
@Table(name = "mission")
class Mission extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ecosystem_id", nullable = false)
	private Long ecosystemId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MissionKind kind;

	@Column(nullable = false)
	private String market;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(nullable = false)
	private BigDecimal budget;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MissionStatus status = MissionStatus.OPEN;

	@Column(name = "pool_id")
	private Long poolId;

	@Column(name = "proposed_by", nullable = false)
	private Long proposedBy;

	@Column(name = "proposed_by_company")
	private Long proposedByCompany;

	protected Mission() {
	}

	Mission(long ecosystemId, long proposedBy, Long proposedByCompany, MissionDraft draft, Instant now) {
		this.ecosystemId = ecosystemId;
		this.proposedBy = proposedBy;
		this.proposedByCompany = proposedByCompany;
		this.title = draft.title().strip();
		this.kind = draft.kind();
		this.market = draft.market();
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.budget = draft.budget();
		this.description = draft.description();
		markCreated(now);
		markUpdated(now);
	}

	void changeStatus(MissionStatus next, Instant now) {
		if (next == null || !this.status.canBecome(next)) {
			throw new MissionException("status", "missions.status.invalid-transition");
		}
		this.status = next;
		markUpdated(now);
	}

	void attachPool(long poolId) {
		this.poolId = poolId;
	}

	Long getId() {
		return this.id;
	}

	Long getEcosystemId() {
		return this.ecosystemId;
	}

	String getTitle() {
		return this.title;
	}

	MissionKind getKind() {
		return this.kind;
	}

	String getMarket() {
		return this.market;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

	BigDecimal getBudget() {
		return this.budget;
	}

	String getDescription() {
		return this.description;
	}

	MissionStatus getStatus() {
		return this.status;
	}

	Long getPoolId() {
		return this.poolId;
	}

	Long getProposedByCompany() {
		return this.proposedByCompany;
	}

}
