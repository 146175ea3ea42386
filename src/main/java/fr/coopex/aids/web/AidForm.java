package fr.coopex.aids.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.aids.AidData;
import fr.coopex.aids.AidData.Operator;
import fr.coopex.aids.AidKind;
import fr.coopex.aids.AidStatus;
import fr.coopex.aids.AidView;
import fr.coopex.aids.CompanySize;
import fr.coopex.aids.Criteria;
import fr.coopex.aids.PaysFor;
import fr.coopex.aids.Recurrence;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;

import fr.coopex.shared.validation.DateWindow;

/**
 * Creating or editing an aid. Lists are typed one item per line; operators as
 * {@code name | role} lines; NAF sections as letters separated by commas.
 */
public class AidForm {

	@NotBlank
	@Size(max = 300)
	private String name;

	@Size(max = 150)
	private String shortName;

	@Size(max = 8000)
	private String operators;

	private AidKind kind;

	@Size(max = 4000)
	private String description;

	private Set<PaysFor> paysFor = EnumSet.noneOf(PaysFor.class);

	@Size(max = 2000)
	private String paysForDetails;

	private BigDecimal amountMin;

	private BigDecimal amountMax;

	private BigDecimal rateMin;

	private BigDecimal rateMax;

	@Size(max = 2000)
	private String amountDetails;

	@Size(max = 300)
	private String rateBasis;

	private boolean amountUnverified;

	private Integer maxHeadcount;

	private Long maxTurnover;

	private CompanySize maxSize;

	private Integer minAgeYears;

	private boolean independentOnly;

	private boolean innovativeOnly;

	private boolean clusterMembersOnly;

	private boolean firstTimeExportersOnly;

	private boolean groupingsOnly;

	@Size(max = 100)
	private String nafSections;

	private Set<Region> regions = EnumSet.noneOf(Region.class);

	private Set<ExportSituation> exportSituations = EnumSet.noneOf(ExportSituation.class);

	@Size(max = 4000)
	private String otherConditions;

	@Size(max = 4000)
	private String steps;

	@Size(max = 4000)
	private String documents;

	@Size(max = 200)
	private String delay;

	@Size(max = 500)
	private String applyWhere;

	private Recurrence recurrence;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(earliest = "1950-01-01", yearsBefore = 100, yearsAfter = 10)
	private LocalDate opensOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(earliest = "1950-01-01", yearsBefore = 100, yearsAfter = 10)
	private LocalDate closesOn;

	@Size(max = 2000)
	private String periodDetails;

	private AidStatus status;

	private boolean european;

	@Size(max = 4000)
	private String sources;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(earliest = "1950-01-01", yearsBefore = 100, yearsAfter = 0)
	private LocalDate lastVerified;

	private long version;

	static AidForm of(AidView view) {
		AidData d = view.data();
		Criteria c = d.criteria();
		AidForm f = new AidForm();
		f.name = d.name();
		f.shortName = d.shortName();
		f.operators = d.operators()
			.stream()
			.map((o) -> o.role() == null ? o.name() : o.name() + " | " + o.role())
			.collect(Collectors.joining("\n"));
		f.kind = d.kind();
		f.description = d.description();
		f.paysFor = set(d.paysFor(), PaysFor.class);
		f.paysForDetails = d.paysForDetails();
		f.amountMin = d.amountMin();
		f.amountMax = d.amountMax();
		f.rateMin = d.rateMin();
		f.rateMax = d.rateMax();
		f.amountDetails = d.amountDetails();
		f.rateBasis = d.rateBasis();
		f.amountUnverified = d.amountUnverified();
		f.maxHeadcount = c.maxHeadcount();
		f.maxTurnover = c.maxTurnover();
		f.maxSize = c.maxSize();
		f.minAgeYears = c.minAgeYears();
		f.independentOnly = c.independentOnly();
		f.innovativeOnly = c.innovativeOnly();
		f.clusterMembersOnly = c.clusterMembersOnly();
		f.firstTimeExportersOnly = c.firstTimeExportersOnly();
		f.groupingsOnly = c.groupingsOnly();
		f.nafSections = String.join(", ", c.nafSections());
		f.regions = set(c.regions(), Region.class);
		f.exportSituations = set(c.exportSituations(), ExportSituation.class);
		f.otherConditions = String.join("\n", d.otherConditions());
		f.steps = String.join("\n", d.steps());
		f.documents = String.join("\n", d.documents());
		f.delay = d.delay();
		f.applyWhere = d.applyWhere();
		f.recurrence = d.recurrence();
		f.opensOn = d.opensOn();
		f.closesOn = d.closesOn();
		f.periodDetails = d.periodDetails();
		f.status = d.status();
		f.european = d.european();
		f.sources = String.join("\n", d.sources());
		f.lastVerified = d.lastVerified();
		f.version = view.version();
		return f;
	}

	AidData toData() {
		Set<String> sections = new TreeSet<>();
		if (this.nafSections != null) {
			Arrays.stream(this.nafSections.split("[,;\\s]+"))
				.map(String::strip)
				.filter((s) -> !s.isEmpty())
				.map(String::toUpperCase)
				.forEach(sections::add);
		}
		Criteria criteria = new Criteria(this.maxHeadcount, this.maxTurnover, this.maxSize, this.minAgeYears,
				this.independentOnly, this.innovativeOnly, this.clusterMembersOnly, this.firstTimeExportersOnly,
				this.groupingsOnly, sections, this.regions, this.exportSituations);
		return new AidData(this.name, this.shortName, operatorList(), this.kind, this.description, this.paysFor,
				this.paysForDetails, this.amountMin, this.amountMax, this.rateMin, this.rateMax, this.amountDetails,
				criteria, lines(this.otherConditions), lines(this.steps), lines(this.documents), this.delay,
				this.applyWhere, this.recurrence, this.opensOn, this.closesOn, this.periodDetails, this.status,
				this.european, lines(this.sources), this.lastVerified, this.rateBasis, this.amountUnverified);
	}

	private List<Operator> operatorList() {
		return lines(this.operators).stream().map((line) -> {
			int bar = line.indexOf('|');
			return bar < 0 ? new Operator(line, null) : new Operator(line.substring(0, bar), line.substring(bar + 1));
		}).toList();
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private static <E extends Enum<E>> Set<E> set(Set<E> values, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		set.addAll(values);
		return set;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getOperators() {
		return this.operators;
	}

	public void setOperators(String operators) {
		this.operators = operators;
	}

	public AidKind getKind() {
		return this.kind;
	}

	public void setKind(AidKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Set<PaysFor> getPaysFor() {
		return this.paysFor;
	}

	public void setPaysFor(Set<PaysFor> paysFor) {
		this.paysFor = paysFor;
	}

	public String getPaysForDetails() {
		return this.paysForDetails;
	}

	public void setPaysForDetails(String paysForDetails) {
		this.paysForDetails = paysForDetails;
	}

	public BigDecimal getAmountMin() {
		return this.amountMin;
	}

	public void setAmountMin(BigDecimal amountMin) {
		this.amountMin = amountMin;
	}

	public BigDecimal getAmountMax() {
		return this.amountMax;
	}

	public void setAmountMax(BigDecimal amountMax) {
		this.amountMax = amountMax;
	}

	public BigDecimal getRateMin() {
		return this.rateMin;
	}

	public void setRateMin(BigDecimal rateMin) {
		this.rateMin = rateMin;
	}

	public BigDecimal getRateMax() {
		return this.rateMax;
	}

	public void setRateMax(BigDecimal rateMax) {
		this.rateMax = rateMax;
	}

	public String getAmountDetails() {
		return this.amountDetails;
	}

	public void setAmountDetails(String amountDetails) {
		this.amountDetails = amountDetails;
	}

	public String getRateBasis() {
		return this.rateBasis;
	}

	public void setRateBasis(String rateBasis) {
		this.rateBasis = rateBasis;
	}

	public boolean isAmountUnverified() {
		return this.amountUnverified;
	}

	public void setAmountUnverified(boolean amountUnverified) {
		this.amountUnverified = amountUnverified;
	}

	public Integer getMaxHeadcount() {
		return this.maxHeadcount;
	}

	public void setMaxHeadcount(Integer maxHeadcount) {
		this.maxHeadcount = maxHeadcount;
	}

	public Long getMaxTurnover() {
		return this.maxTurnover;
	}

	public void setMaxTurnover(Long maxTurnover) {
		this.maxTurnover = maxTurnover;
	}

	public CompanySize getMaxSize() {
		return this.maxSize;
	}

	public void setMaxSize(CompanySize maxSize) {
		this.maxSize = maxSize;
	}

	public Integer getMinAgeYears() {
		return this.minAgeYears;
	}

	public void setMinAgeYears(Integer minAgeYears) {
		this.minAgeYears = minAgeYears;
	}

	public boolean isIndependentOnly() {
		return this.independentOnly;
	}

	public void setIndependentOnly(boolean independentOnly) {
		this.independentOnly = independentOnly;
	}

	public boolean isInnovativeOnly() {
		return this.innovativeOnly;
	}

	public void setInnovativeOnly(boolean innovativeOnly) {
		this.innovativeOnly = innovativeOnly;
	}

	public boolean isClusterMembersOnly() {
		return this.clusterMembersOnly;
	}

	public void setClusterMembersOnly(boolean clusterMembersOnly) {
		this.clusterMembersOnly = clusterMembersOnly;
	}

	public boolean isFirstTimeExportersOnly() {
		return this.firstTimeExportersOnly;
	}

	public void setFirstTimeExportersOnly(boolean firstTimeExportersOnly) {
		this.firstTimeExportersOnly = firstTimeExportersOnly;
	}

	public boolean isGroupingsOnly() {
		return this.groupingsOnly;
	}

	public void setGroupingsOnly(boolean groupingsOnly) {
		this.groupingsOnly = groupingsOnly;
	}

	public String getNafSections() {
		return this.nafSections;
	}

	public void setNafSections(String nafSections) {
		this.nafSections = nafSections;
	}

	public Set<Region> getRegions() {
		return this.regions;
	}

	public void setRegions(Set<Region> regions) {
		this.regions = regions;
	}

	public Set<ExportSituation> getExportSituations() {
		return this.exportSituations;
	}

	public void setExportSituations(Set<ExportSituation> exportSituations) {
		this.exportSituations = exportSituations;
	}

	public String getOtherConditions() {
		return this.otherConditions;
	}

	public void setOtherConditions(String otherConditions) {
		this.otherConditions = otherConditions;
	}

	public String getSteps() {
		return this.steps;
	}

	public void setSteps(String steps) {
		this.steps = steps;
	}

	public String getDocuments() {
		return this.documents;
	}

	public void setDocuments(String documents) {
		this.documents = documents;
	}

	public String getDelay() {
		return this.delay;
	}

	public void setDelay(String delay) {
		this.delay = delay;
	}

	public String getApplyWhere() {
		return this.applyWhere;
	}

	public void setApplyWhere(String applyWhere) {
		this.applyWhere = applyWhere;
	}

	public Recurrence getRecurrence() {
		return this.recurrence;
	}

	public void setRecurrence(Recurrence recurrence) {
		this.recurrence = recurrence;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public void setOpensOn(LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public String getPeriodDetails() {
		return this.periodDetails;
	}

	public void setPeriodDetails(String periodDetails) {
		this.periodDetails = periodDetails;
	}

	public AidStatus getStatus() {
		return this.status;
	}

	public void setStatus(AidStatus status) {
		this.status = status;
	}

	public boolean isEuropean() {
		return this.european;
	}

	public void setEuropean(boolean european) {
		this.european = european;
	}

	public String getSources() {
		return this.sources;
	}

	public void setSources(String sources) {
		this.sources = sources;
	}

	public LocalDate getLastVerified() {
		return this.lastVerified;
	}

	public void setLastVerified(LocalDate lastVerified) {
		this.lastVerified = lastVerified;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
