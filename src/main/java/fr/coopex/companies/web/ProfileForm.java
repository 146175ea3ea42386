package fr.coopex.companies.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.LegalForm;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.RegisterEntry;
import fr.coopex.companies.Reticence;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.companies.Visibility;

/**
 * The company profile form: every field with the visibility chosen for it.
 */
public class ProfileForm {

	private long version;

	@NotBlank
	@Size(max = 200)
	private String legalName;

	@Size(max = 200)
	private String tradeName;

	@Size(max = 20)
	private String siret;

	private LegalForm legalForm;

	@Size(max = 10)
	private String nafCode;

	private Region region;

	@Size(max = 300)
	private String address;

	@Size(max = 300)
	@Pattern(regexp = "^$|^(https?://)?[\\p{L}0-9.-]+\\.[\\p{L}]{2,}(:[0-9]{1,5})?(/[^\\s<>\"]*)?$",
			message = "{companies.profile.website-invalid}")
	private String website;

	private HeadcountBand headcount;

	private TurnoverBand turnover;

	private Boolean independent;

	@Size(max = 200)
	private String groupName;

	private Boolean innovative;

	@Size(max = 200)
	private String innovationLabel;

	@Min(1800)
	@Max(2100)
	private Integer foundedYear;

	private ExportSituation exportSituation;

	@Min(0)
	@Max(100)
	private Integer exportShare;

	@Min(0)
	@Max(100000)
	private Integer exportStaff;

	@Size(max = 300)
	private Set<String> marketsServed = new LinkedHashSet<>();

	@Size(max = 300)
	private Set<String> marketsTargeted = new LinkedHashSet<>();

	@Size(max = 2000)
	private String products;

	@Size(max = 500)
	private String keywords;

	@Size(max = 1000)
	private String certifications;

	private Set<Obstacle> obstacles = new LinkedHashSet<>();

	private Set<Reticence> reticences = new LinkedHashSet<>();

	private Map<String, Visibility> visibilities = new HashMap<>();

	static ProfileForm of(CompanyCard card) {
		ProfileForm form = new ProfileForm();
		form.version = card.version();
		form.legalName = card.legalName();
		form.tradeName = card.tradeName();
		form.siret = card.siret();
		form.legalForm = card.legalForm();
		form.nafCode = card.nafCode();
		form.region = card.region();
		form.website = card.website();
		form.address = card.address();
		form.headcount = card.headcount();
		form.turnover = card.turnover();
		form.independent = card.independent();
		form.groupName = card.groupName();
		form.innovative = card.innovative();
		form.innovationLabel = card.innovationLabel();
		form.foundedYear = card.foundedYear();
		form.exportSituation = card.exportSituation();
		form.exportShare = card.exportShare();
		form.exportStaff = card.exportStaff();
		form.marketsServed = new LinkedHashSet<>(card.marketsServed());
		form.marketsTargeted = new LinkedHashSet<>(card.marketsTargeted());
		form.products = card.products();
		form.keywords = card.keywords();
		form.certifications = card.certifications();
		form.obstacles = new LinkedHashSet<>(card.obstacles());
		form.reticences = new LinkedHashSet<>(card.reticences());
		card.visibilities().forEach((field, visibility) -> form.visibilities.put(field.name(), visibility));
		return form;
	}

	/**
	 * Proposes the values the public register knows; the person checks them before
	 * saving.
	 */
	void prefill(RegisterEntry entry) {
		if (entry.name() != null) {
			this.legalName = entry.name();
		}
		if (entry.siret() != null) {
			this.siret = entry.siret();
		}
		if (entry.nafCode() != null) {
			this.nafCode = entry.nafCode();
		}
		String place = String.join(" ",
				java.util.stream.Stream.of(entry.address(), entry.postalCode(), entry.city())
					.filter(java.util.Objects::nonNull)
					.toList());
		if (!place.isBlank()) {
			this.address = place;
		}
		if (entry.regionCode() != null) {
			Region.ofCode(entry.regionCode()).ifPresent((found) -> this.region = found);
		}
		if (entry.foundedYear() != null) {
			this.foundedYear = entry.foundedYear();
		}
		if (entry.headcountCode() != null) {
			HeadcountBand.ofInseeCode(entry.headcountCode()).ifPresent((band) -> this.headcount = band);
		}
	}

	ProfileUpdate toUpdate() {
		Map<ProfileField, Visibility> chosen = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			Visibility visibility = this.visibilities.get(field.name());
			chosen.put(field, visibility == null ? field.defaultVisibility() : visibility);
		}
		return new ProfileUpdate(this.version, this.legalName.strip(), this.tradeName, this.siret, this.legalForm,
				this.nafCode == null ? null : this.nafCode.strip().toUpperCase(java.util.Locale.ROOT), this.region,
				this.address, normaliseWebsite(this.website), this.headcount, this.turnover, this.independent,
				this.groupName, this.innovative, this.innovationLabel, this.foundedYear, this.exportSituation,
				this.exportShare, this.exportStaff, this.marketsServed, this.marketsTargeted, this.products,
				this.keywords, this.certifications, this.obstacles, this.reticences, chosen);
	}

	private static String normaliseWebsite(String website) {
		if (website == null || website.isBlank()) {
			return null;
		}
		String trimmed = website.strip();
		return trimmed.startsWith("http://") || trimmed.startsWith("https://") ? trimmed : "https://" + trimmed;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getTradeName() {
		return this.tradeName;
	}

	public void setTradeName(String tradeName) {
		this.tradeName = tradeName;
	}

	public String getSiret() {
		return this.siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

	public LegalForm getLegalForm() {
		return this.legalForm;
	}

	public void setLegalForm(LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public String getNafCode() {
		return this.nafCode;
	}

	public void setNafCode(String nafCode) {
		this.nafCode = nafCode;
	}

	public Region getRegion() {
		return this.region;
	}

	public void setRegion(Region region) {
		this.region = region;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public HeadcountBand getHeadcount() {
		return this.headcount;
	}

	public void setHeadcount(HeadcountBand headcount) {
		this.headcount = headcount;
	}

	public TurnoverBand getTurnover() {
		return this.turnover;
	}

	public void setTurnover(TurnoverBand turnover) {
		this.turnover = turnover;
	}

	public Boolean getIndependent() {
		return this.independent;
	}

	public void setIndependent(Boolean independent) {
		this.independent = independent;
	}

	public String getGroupName() {
		return this.groupName;
	}

	public void setGroupName(String groupName) {
		this.groupName = groupName;
	}

	public Boolean getInnovative() {
		return this.innovative;
	}

	public void setInnovative(Boolean innovative) {
		this.innovative = innovative;
	}

	public String getInnovationLabel() {
		return this.innovationLabel;
	}

	public void setInnovationLabel(String innovationLabel) {
		this.innovationLabel = innovationLabel;
	}

	public Integer getFoundedYear() {
		return this.foundedYear;
	}

	public void setFoundedYear(Integer foundedYear) {
		this.foundedYear = foundedYear;
	}

	public ExportSituation getExportSituation() {
		return this.exportSituation;
	}

	public void setExportSituation(ExportSituation exportSituation) {
		this.exportSituation = exportSituation;
	}

	public Integer getExportShare() {
		return this.exportShare;
	}

	public void setExportShare(Integer exportShare) {
		this.exportShare = exportShare;
	}

	public Integer getExportStaff() {
		return this.exportStaff;
	}

	public void setExportStaff(Integer exportStaff) {
		this.exportStaff = exportStaff;
	}

	public Set<String> getMarketsServed() {
		return this.marketsServed;
	}

	public void setMarketsServed(Set<String> marketsServed) {
		this.marketsServed = marketsServed;
	}

	public Set<String> getMarketsTargeted() {
		return this.marketsTargeted;
	}

	public void setMarketsTargeted(Set<String> marketsTargeted) {
		this.marketsTargeted = marketsTargeted;
	}

	public String getProducts() {
		return this.products;
	}

	public void setProducts(String products) {
		this.products = products;
	}

	public String getKeywords() {
		return this.keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public String getCertifications() {
		return this.certifications;
	}

	public void setCertifications(String certifications) {
		this.certifications = certifications;
	}

	public Set<Obstacle> getObstacles() {
		return this.obstacles;
	}

	public void setObstacles(Set<Obstacle> obstacles) {
		this.obstacles = obstacles;
	}

	public Set<Reticence> getReticences() {
		return this.reticences;
	}

	public void setReticences(Set<Reticence> reticences) {
		this.reticences = reticences;
	}

	public Map<String, Visibility> getVisibilities() {
		return this.visibilities;
	}

	public void setVisibilities(Map<String, Visibility> visibilities) {
		this.visibilities = visibilities;
	}

}
