package fr.coopex.companies;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import fr.coopex.shared.validation.SirenValidator;
import fr.coopex.shared.web.Text;

/**
 * The profile of an SME, one per company organisation. Each field has a visibility chosen
 * by the company.
 */
@Entity
@Table(name = "company_profile")
class CompanyProfile {

	@Id
	@Column(name = "company_id")
	private Long companyId;

	@Column(name = "legal_name", nullable = false)
	private String legalName;

	@Column(nullable = false)
	private String siren;

	@Column(name = "trade_name")
	private String tradeName;

	private String siret;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form")
	private LegalForm legalForm;

	@Column(name = "naf_code")
	private String nafCode;

	private String region;

	private String website;

	private String address;

	@Enumerated(EnumType.STRING)
	@Column(name = "headcount_band")
	private HeadcountBand headcount;

	@Enumerated(EnumType.STRING)
	@Column(name = "turnover_band")
	private TurnoverBand turnover;

	private Boolean independent;

	@Column(name = "group_name")
	private String groupName;

	private Boolean innovative;

	@Column(name = "innovation_label")
	private String innovationLabel;

	@Column(name = "founded_year")
	private Integer foundedYear;

	@Enumerated(EnumType.STRING)
	@Column(name = "export_situation")
	private ExportSituation exportSituation;

	@Column(name = "export_share")
	private Integer exportShare;

	@Column(name = "export_staff")
	private Integer exportStaff;

	private String products;

	private String keywords;

	private String certifications;

	private String obstacles;

	private String reticences;

	@Column(name = "name_search", nullable = false)
	private String nameSearch;

	@Column(name = "trade_search")
	private String tradeSearch;

	@Column(name = "capability_search")
	private String capabilitySearch;

	/** The public fields, ",NAF,REGION,", for the directory's search (V32). */
	@Column(name = "public_fields")
	private String publicFields;

	/** The fields shown to the company's ecosystems, as {@link #publicFields}. */
	@Column(name = "ecosystem_fields")
	private String ecosystemFields;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "company_visibility", joinColumns = @JoinColumn(name = "company_id"))
	@MapKeyColumn(name = "field")
	@MapKeyEnumerated(EnumType.STRING)
	@Enumerated(EnumType.STRING)
	@Column(name = "visibility")
	@BatchSize(size = 64)
	private Map<ProfileField, Visibility> visibilities = new EnumMap<>(ProfileField.class);

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "company_market", joinColumns = @JoinColumn(name = "company_id"))
	@BatchSize(size = 64)
	private Set<MarketEntry> markets = new HashSet<>();

	/** The words of the searched fields, for the directory's index (V99). */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "company_search_word", joinColumns = @JoinColumn(name = "company_id"))
	private Set<SearchWord> searchWords = new HashSet<>();

	protected CompanyProfile() {
	}

	CompanyProfile(long companyId, String legalName, String siren, Instant now) {
		this.companyId = companyId;
		this.legalName = legalName;
		this.siren = siren;
		this.updatedAt = now;
		for (ProfileField field : ProfileField.values()) {
			this.visibilities.put(field, field.defaultVisibility());
		}
		reindex();
	}

	/** Applies an edit; the caller has validated it. */
	void update(ProfileUpdate update, Instant now) {
		this.legalName = update.legalName();
		this.tradeName = Text.clean(update.tradeName());
		this.siret = SirenValidator.normalise(Text.clean(update.siret()));
		this.legalForm = update.legalForm();
		this.nafCode = Text.clean(update.nafCode());
		this.region = update.region() == null ? null : update.region().code();
		this.website = Text.clean(update.website());
		this.address = Text.clean(update.address());
		this.headcount = update.headcount();
		this.turnover = update.turnover();
		this.independent = update.independent();
		this.groupName = Boolean.FALSE.equals(update.independent()) ? Text.clean(update.groupName()) : null;
		this.innovative = update.innovative();
		this.innovationLabel = Boolean.TRUE.equals(update.innovative()) ? Text.clean(update.innovationLabel()) : null;
		this.foundedYear = update.foundedYear();
		this.exportSituation = update.exportSituation();
		this.exportShare = update.exportShare();
		this.exportStaff = update.exportStaff();
		this.products = Text.clean(update.products());
		this.keywords = Text.clean(update.keywords());
		this.certifications = Text.clean(update.certifications());
		this.obstacles = join(update.obstacles());
		this.reticences = join(update.reticences());
		this.markets.clear();
		update.marketsServed().forEach((code) -> this.markets.add(new MarketEntry(MarketEntry.SERVED, code)));
		update.marketsTargeted().forEach((code) -> this.markets.add(new MarketEntry(MarketEntry.TARGETED, code)));
		for (ProfileField field : ProfileField.values()) {
			this.visibilities.put(field, update.visibilities().getOrDefault(field, field.defaultVisibility()));
		}
		this.updatedAt = now;
		reindex();
	}

	private void reindex() {
		String name = SearchWords.line(Text.fold(this.legalName), 200);
		this.nameSearch = name == null ? "" : name;
		this.tradeSearch = SearchWords.line(Text.fold(this.tradeName), 200);
		String capability = (this.products == null ? "" : this.products) + " "
				+ (this.keywords == null ? "" : this.keywords);
		this.capabilitySearch = SearchWords.line(Text.fold(capability), 2600);
		this.publicFields = fieldsWith(Visibility.PUBLIC);
		this.ecosystemFields = fieldsWith(Visibility.ECOSYSTEM);
		Set<SearchWord> words = searchWords(this.legalName, this.nameSearch, this.tradeSearch,
				visibility(ProfileField.TRADE_NAME), this.capabilitySearch, visibility(ProfileField.PRODUCTS));
		if (!words.equals(this.searchWords)) {
			this.searchWords.clear();
			this.searchWords.addAll(words);
		}
	}

	/**
	 * The index words of a profile's searched fields, each with the widest visibility of
	 * the fields it appears in (the legal name is public), and the legal name they sort
	 * by.
	 */
	static Set<SearchWord> searchWords(String legalName, String name, String trade, Visibility tradeShown,
			String capability, Visibility capabilityShown) {
		Map<String, Visibility> widest = new HashMap<>();
		SearchWords.indexed(name).forEach((word) -> widest.put(word, Visibility.PUBLIC));
		SearchWords.indexed(trade).forEach((word) -> widest.merge(word, tradeShown, CompanyProfile::wider));
		SearchWords.indexed(capability).forEach((word) -> widest.merge(word, capabilityShown, CompanyProfile::wider));
		Set<SearchWord> words = new HashSet<>();
		widest.forEach((word, shown) -> words.add(new SearchWord(word, shown.name(), legalName)));
		return words;
	}

	private static Visibility wider(Visibility a, Visibility b) {
		return (a == Visibility.PUBLIC || b == Visibility.PRIVATE) ? a : b;
	}

	private String fieldsWith(Visibility visibility) {
		StringBuilder fields = new StringBuilder(",");
		for (ProfileField field : ProfileField.values()) {
			if (visibility(field) == visibility) {
				fields.append(field.name()).append(',');
			}
		}
		return fields.toString();
	}

	private static String join(Collection<? extends Enum<?>> values) {
		return values == null || values.isEmpty() ? null
				: values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (joined != null && !joined.isBlank()) {
			Arrays.stream(joined.split(",")).map((name) -> Enum.valueOf(type, name)).forEach(values::add);
		}
		return values;
	}

	Set<String> markets(String kind) {
		return this.markets.stream()
			.filter((entry) -> entry.kind().equals(kind))
			.map(MarketEntry::code)
			.sorted()
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	Visibility visibility(ProfileField field) {
		return this.visibilities.getOrDefault(field, field.defaultVisibility());
	}

	Map<ProfileField, Visibility> visibilities() {
		Map<ProfileField, Visibility> all = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			all.put(field, visibility(field));
		}
		return all;
	}

	Long getCompanyId() {
		return this.companyId;
	}

	String getLegalName() {
		return this.legalName;
	}

	String getSiren() {
		return this.siren;
	}

	String getTradeName() {
		return this.tradeName;
	}

	String getSiret() {
		return this.siret;
	}

	LegalForm getLegalForm() {
		return this.legalForm;
	}

	String getNafCode() {
		return this.nafCode;
	}

	String getRegion() {
		return this.region;
	}

	String getAddress() {
		return this.address;
	}

	String getWebsite() {
		return this.website;
	}

	HeadcountBand getHeadcount() {
		return this.headcount;
	}

	TurnoverBand getTurnover() {
		return this.turnover;
	}

	Boolean getIndependent() {
		return this.independent;
	}

	String getGroupName() {
		return this.groupName;
	}

	Boolean getInnovative() {
		return this.innovative;
	}

	String getInnovationLabel() {
		return this.innovationLabel;
	}

	Integer getFoundedYear() {
		return this.foundedYear;
	}

	ExportSituation getExportSituation() {
		return this.exportSituation;
	}

	Integer getExportShare() {
		return this.exportShare;
	}

	Integer getExportStaff() {
		return this.exportStaff;
	}

	String getProducts() {
		return this.products;
	}

	String getKeywords() {
		return this.keywords;
	}

	String getCertifications() {
		return this.certifications;
	}

	String getObstacles() {
		return this.obstacles;
	}

	String getReticences() {
		return this.reticences;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
