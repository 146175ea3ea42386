package fr.coopex.aids;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import fr.coopex.aids.AidData.Operator;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;
import fr.coopex.shared.persistence.Timestamped;

/**
 * An aid of the catalogue. Sets of codes are kept as comma-separated names and lists of
 * texts one item per line (see the migration): {@link #toData()} and {@link #apply} are
 * the only ways in and out.
 */
@Entity
@Table(name = "aid")
class Aid extends Timestamped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name")
	private String shortName;

	@Enumerated(EnumType.STRING)
	private AidKind kind;

	private String description;

	@Column(name = "pays_for")
	private String paysFor;

	@Column(name = "pays_for_details")
	private String paysForDetails;

	@Column(name = "amount_min")
	private BigDecimal amountMin;

	@Column(name = "amount_max")
	private BigDecimal amountMax;

	@Column(name = "rate_min")
	private BigDecimal rateMin;

	@Column(name = "rate_max")
	private BigDecimal rateMax;

	@Column(name = "amount_details")
	private String amountDetails;

	@Column(name = "rate_basis")
	private String rateBasis;

	@Column(name = "amount_unverified")
	private boolean amountUnverified;

	@Column(name = "max_headcount")
	private Integer maxHeadcount;

	@Column(name = "max_turnover")
	private Long maxTurnover;

	@Enumerated(EnumType.STRING)
	@Column(name = "max_size")
	private CompanySize maxSize;

	@Column(name = "min_age_years")
	private Integer minAgeYears;

	@Column(name = "independent_only", nullable = false)
	private boolean independentOnly;

	@Column(name = "innovative_only", nullable = false)
	private boolean innovativeOnly;

	@Column(name = "cluster_members_only", nullable = false)
	private boolean clusterMembersOnly;

	@Column(name = "first_time_exporters_only", nullable = false)
	private boolean firstTimeExportersOnly;

	@Column(name = "groupings_only", nullable = false)
	private boolean groupingsOnly;

	@Column(name = "naf_sections")
	private String nafSections;

	private String regions;

	@Column(name = "export_situations")
	private String exportSituations;

	@Column(name = "other_conditions")
	private String otherConditions;

	@Column(name = "apply_steps")
	private String applySteps;

	@Column(name = "apply_documents")
	private String applyDocuments;

	@Column(name = "apply_delay")
	private String applyDelay;

	@Column(name = "apply_where")
	private String applyWhere;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence;

	@Column(name = "opens_on")
	private LocalDate opensOn;

	@Column(name = "closes_on")
	private LocalDate closesOn;

	@Column(name = "period_details")
	private String periodDetails;

	@Enumerated(EnumType.STRING)
	private AidStatus status;

	@Column(nullable = false)
	private boolean european;

	@Column(name = "source_urls")
	private String sourceUrls;

	@Column(name = "last_verified")
	private LocalDate lastVerified;

	@Column(name = "agency_id")
	private Long agencyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Publication publication;

	@Column(name = "published_at")
	private Instant publishedAt;

	@ElementCollection
	@CollectionTable(name = "aid_operator", joinColumns = @JoinColumn(name = "aid_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 200)
	private List<OperatorEntry> operators = new ArrayList<>();

	protected Aid() {
	}

	/** A new draft of an agency. */
	Aid(Long agencyId, AidData data, Instant now) {
		this.agencyId = agencyId;
		this.publication = Publication.DRAFT;
		markCreated(now);
		apply(data, now);
	}

	void apply(AidData d, Instant now) {
		this.name = d.name();
		this.shortName = d.shortName();
		this.kind = d.kind();
		this.description = d.description();
		this.paysFor = joinEnums(d.paysFor());
		this.paysForDetails = d.paysForDetails();
		this.amountMin = d.amountMin();
		this.amountMax = d.amountMax();
		this.rateMin = d.rateMin();
		this.rateMax = d.rateMax();
		this.amountDetails = d.amountDetails();
		this.rateBasis = d.rateBasis();
		this.amountUnverified = d.amountUnverified();
		Criteria c = d.criteria();
		this.maxHeadcount = c.maxHeadcount();
		this.maxTurnover = c.maxTurnover();
		this.maxSize = c.maxSize();
		this.minAgeYears = c.minAgeYears();
		this.independentOnly = c.independentOnly();
		this.innovativeOnly = c.innovativeOnly();
		this.clusterMembersOnly = c.clusterMembersOnly();
		this.firstTimeExportersOnly = c.firstTimeExportersOnly();
		this.groupingsOnly = c.groupingsOnly();
		this.nafSections = c.nafSections().isEmpty() ? null : String.join(",", c.nafSections());
		this.regions = joinEnums(c.regions());
		this.exportSituations = joinEnums(c.exportSituations());
		this.otherConditions = joinLines(d.otherConditions());
		this.applySteps = joinLines(d.steps());
		this.applyDocuments = joinLines(d.documents());
		this.applyDelay = d.delay();
		this.applyWhere = d.applyWhere();
		this.recurrence = d.recurrence();
		this.opensOn = d.opensOn();
		this.closesOn = d.closesOn();
		this.periodDetails = d.periodDetails();
		this.status = d.status();
		this.european = d.european();
		this.sourceUrls = joinLines(d.sources());
		this.lastVerified = d.lastVerified();
		this.operators.clear();
		d.operators().forEach((o) -> this.operators.add(new OperatorEntry(o.name(), o.role())));
		markUpdated(now);
	}

	AidData toData() {
		Criteria criteria = new Criteria(this.maxHeadcount, this.maxTurnover, this.maxSize, this.minAgeYears,
				this.independentOnly, this.innovativeOnly, this.clusterMembersOnly, this.firstTimeExportersOnly,
				this.groupingsOnly, new TreeSet<>(split(this.nafSections)), splitEnums(this.regions, Region.class),
				splitEnums(this.exportSituations, ExportSituation.class));
		return new AidData(this.name, this.shortName,
				this.operators.stream().map((o) -> new Operator(o.name, o.role)).toList(), this.kind, this.description,
				splitEnums(this.paysFor, PaysFor.class), this.paysForDetails, this.amountMin, this.amountMax,
				this.rateMin, this.rateMax, this.amountDetails, criteria, splitLines(this.otherConditions),
				splitLines(this.applySteps), splitLines(this.applyDocuments), this.applyDelay, this.applyWhere,
				this.recurrence, this.opensOn, this.closesOn, this.periodDetails, this.status, this.european,
				splitLines(this.sourceUrls), this.lastVerified, this.rateBasis, this.amountUnverified);
	}

	AidView toView() {
		return new AidView(this.id, this.agencyId, this.publication, toData(), this.publishedAt, getUpdatedAt(),
				getVersion());
	}

	/**
	 * Moves the aid along its curation: draft or unpublished to published, published to
	 * unpublished.
	 * @throws AidException when the aid is not in a state that allows it
	 */
	void publish(Instant now) {
		if (this.publication == Publication.PUBLISHED) {
			throw new AidException(null, "aids.curation.already-published");
		}
		this.publication = Publication.PUBLISHED;
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
		markUpdated(now);
	}

	void unpublish(Instant now) {
		if (this.publication != Publication.PUBLISHED) {
			throw new AidException(null, "aids.curation.not-published");
		}
		this.publication = Publication.UNPUBLISHED;
		markUpdated(now);
	}

	/** Sets the publication state directly (imports carry it). */
	void restore(Publication publication, Instant now) {
		if (publication == Publication.PUBLISHED && this.publishedAt == null) {
			this.publishedAt = now;
		}
		this.publication = publication;
	}

	Long getId() {
		return this.id;
	}

	Long getAgencyId() {
		return this.agencyId;
	}

	void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	Publication getPublication() {
		return this.publication;
	}

	private static String joinEnums(Collection<? extends Enum<?>> values) {
		return values.isEmpty() ? null : values.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static String joinLines(List<String> lines) {
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
	}

	private static <E extends Enum<E>> Set<E> splitEnums(String joined, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		split(joined).forEach((name) -> set.add(Enum.valueOf(type, name.strip())));
		return set;
	}

	private static List<String> splitLines(String joined) {
		return joined == null ? List.of() : joined.lines().toList();
	}

	/** One operator of an aid. */
	@Embeddable
	static class OperatorEntry {

		@Column(nullable = false)
		private String name;

		private String role;

		protected OperatorEntry() {
		}

		OperatorEntry(String name, String role) {
			this.name = name;
			this.role = role;
		}

	}

}
