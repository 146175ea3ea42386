package fr.coopex.ecosystems;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

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

import org.hibernate.annotations.BatchSize;

import fr.coopex.shared.persistence.Timestamped;
import fr.coopex.shared.web.Text;

/**
 * An ecosystem: its purpose, markets, sectors, coordinators and charter version.
 */
@Entity
@Table(name = "ecosystem")
class Ecosystem extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Coordination coordination;

	@Column(name = "leader_company_id")
	private Long leaderCompanyId;

	@Column(name = "coordination_body_id")
	private Long coordinationBodyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EcosystemStatus status = EcosystemStatus.FORMING;

	@Column(name = "open_to_members", nullable = false)
	private boolean openToMembers = true;

	@Column(name = "charter_version", nullable = false)
	private int charterVersion;

	@Column(name = "name_search", nullable = false)
	private String nameSearch;

	@ElementCollection
	@CollectionTable(name = "ecosystem_market", joinColumns = @JoinColumn(name = "ecosystem_id"))
	@Column(name = "code")
	@BatchSize(size = 64)
	private Set<String> markets = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "ecosystem_sector", joinColumns = @JoinColumn(name = "ecosystem_id"))
	@Column(name = "division")
	@BatchSize(size = 64)
	private Set<String> sectors = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "ecosystem_coordinator", joinColumns = @JoinColumn(name = "ecosystem_id"))
	@Column(name = "user_id")
	@BatchSize(size = 64)
	private Set<Long> coordinators = new HashSet<>();

	protected Ecosystem() {
	}

	Ecosystem(Coordination coordination, Long leaderCompanyId, Long coordinationBodyId, long creatorId, Instant now) {
		this.coordination = coordination;
		this.leaderCompanyId = leaderCompanyId;
		this.coordinationBodyId = coordinationBodyId;
		this.coordinators.add(creatorId);
		markCreated(now);
		markUpdated(now);
	}

	void describe(String name, String purpose, Set<String> markets, Set<String> sectors, boolean openToMembers,
			Instant now) {
		this.name = name.strip();
		this.nameSearch = Text.cut(Text.fold(name), 150);
		this.purpose = purpose.strip();
		this.markets.clear();
		this.markets.addAll(markets);
		this.sectors.clear();
		this.sectors.addAll(sectors);
		this.openToMembers = openToMembers;
		markUpdated(now);
	}

	void changeStatus(EcosystemStatus next, Instant now) {
		if (next == this.status) {
			return;
		}
		if (!this.status.canBecome(next)) {
			throw new EcosystemException("status", "ecosystems.status.invalid-transition");
		}
		this.status = next;
		markUpdated(now);
	}

	int nextCharterVersion(Instant now) {
		this.charterVersion++;
		markUpdated(now);
		return this.charterVersion;
	}

	boolean isCoordinatedBy(long userId) {
		return this.coordinators.contains(userId);
	}

	void addCoordinator(long userId) {
		this.coordinators.add(userId);
	}

	void removeCoordinators(Set<Long> userIds) {
		this.coordinators.removeAll(userIds);
	}

	/**
	 * Takes a coordinator off; the last one stays, so that someone always runs the
	 * ecosystem.
	 */
	void removeCoordinator(long userId) {
		if (!this.coordinators.contains(userId)) {
			throw new EcosystemException(null, "ecosystems.coordinators.not-one");
		}
		if (this.coordinators.size() == 1) {
			throw new EcosystemException(null, "ecosystems.coordinators.last");
		}
		this.coordinators.remove(userId);
	}

	/**
	 * Coordination passes to a coordination body (or back to a member firm): the person
	 * who accepted becomes its only coordinator; those of the other side stop.
	 */
	void handOver(Coordination next, long organisationId, long acceptedBy, Instant now) {
		this.coordination = next;
		if (next == Coordination.THIRD_PARTY) {
			this.coordinationBodyId = organisationId;
			this.leaderCompanyId = null;
		}
		else {
			this.leaderCompanyId = organisationId;
			this.coordinationBodyId = null;
		}
		this.coordinators.clear();
		this.coordinators.add(acceptedBy);
		markUpdated(now);
	}

	boolean acceptsRequests() {
		return this.openToMembers && this.status != EcosystemStatus.DISSOLVED;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getPurpose() {
		return this.purpose;
	}

	Coordination getCoordination() {
		return this.coordination;
	}

	Long getLeaderCompanyId() {
		return this.leaderCompanyId;
	}

	Long getCoordinationBodyId() {
		return this.coordinationBodyId;
	}

	EcosystemStatus getStatus() {
		return this.status;
	}

	boolean isOpenToMembers() {
		return this.openToMembers;
	}

	int getCharterVersion() {
		return this.charterVersion;
	}

	Set<String> getMarkets() {
		return new TreeSet<>(this.markets);
	}

	Set<String> getSectors() {
		return new TreeSet<>(this.sectors);
	}

	Set<Long> getCoordinators() {
		return Set.copyOf(this.coordinators);
	}

}
