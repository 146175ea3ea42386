package fr.coopex.companies.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.LegalForm;
import fr.coopex.companies.Region;
import fr.coopex.companies.TurnoverBand;
import fr.coopex.companies.Visibility;

/**
 * The company profile form: every field with the visibility chosen for it (the export and
 * offer fields in {@link ProfileExportFields}; read from and turned into a profile by
 * {@link ProfileFormMapping}).
 */
public class ProfileForm extends ProfileExportFields {

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

	private Map<String, Visibility> visibilities = new HashMap<>();

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

	public Map<String, Visibility> getVisibilities() {
		return this.visibilities;
	}

	public void setVisibilities(Map<String, Visibility> visibilities) {
		this.visibilities = visibilities;
	}

}
