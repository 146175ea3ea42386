package fr.coopex.accounts;

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

@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	@Column(nullable = false)
	private String name;

	private String siren;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(OrganisationKind kind, String name, String siren, Instant createdAt) {
		if (kind == OrganisationKind.COMPANY && siren == null) {
			throw new IllegalArgumentException("A company needs a SIREN");
		}
		this.kind = kind;
		this.name = name;
		this.siren = siren;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	OrganisationKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	String getSiren() {
		return this.siren;
	}

}
