package fr.coopex.missions;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import fr.coopex.missions.MissionManagement.LeadDraft;
import fr.coopex.shared.persistence.Timestamped;

/**
 * A lead or contact a company gathered on a mission. It belongs to that company; the
 * companies it is shared with read it, nobody else.
 */
@Entity
@Table(name = "mission_lead")
class Lead extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "mission_id", nullable = false)
	private Long missionId;

	@Column(name = "company_id", nullable = false)
	private Long companyId;

	@Column(name = "company_name", nullable = false)
	private String companyName;

	private String contact;

	private String country;

	private String notes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LeadStage stage;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@ElementCollection
	@CollectionTable(name = "mission_lead_share", joinColumns = @JoinColumn(name = "lead_id"))
	@Column(name = "company_id")
	private Set<Long> sharedWith = new HashSet<>();

	protected Lead() {
	}

	Lead(long missionId, long companyId, long createdBy, Instant now) {
		this.missionId = missionId;
		this.companyId = companyId;
		this.createdBy = createdBy;
		markCreated(now);
	}

	void describe(LeadDraft draft, Set<Long> sharedWith, Instant now) {
		this.companyName = draft.companyName().strip();
		this.contact = draft.contact();
		this.country = draft.country();
		this.notes = draft.notes();
		this.stage = draft.stage();
		this.sharedWith.clear();
		this.sharedWith.addAll(sharedWith);
		markUpdated(now);
	}

	Long getId() {
		return this.id;
	}

	Long getMissionId() {
		return this.missionId;
	}

	Long getCompanyId() {
		return this.companyId;
	}

	String getCompanyName() {
		return this.companyName;
	}

	String getContact() {
		return this.contact;
	}

	String getCountry() {
		return this.country;
	}

	String getNotes() {
		return this.notes;
	}

	LeadStage getStage() {
		return this.stage;
	}

	Set<Long> getSharedWith() {
		return Set.copyOf(this.sharedWith);
	}

}
