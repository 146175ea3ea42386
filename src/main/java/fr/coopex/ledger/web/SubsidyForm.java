package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.SubsidyDraft;

/**
 * A subsidy as the coordinator types it: an amount or a rate, on some categories, for the
 * participants that meet its criteria.
 */
public class SubsidyForm {

	private String label;

	private BigDecimal amount;

	private BigDecimal rate;

	private Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);

	private Integer maxHeadcount;

	private boolean firstTimeExportersOnly;

	private Integer maxPreviousParticipations;

	private BigDecimal capPerParticipant;

	private String aidId;

	private long version;

	SubsidyDraft toDraft() {
		return new SubsidyDraft(this.label, this.amount, this.rate, this.categories, this.maxHeadcount,
				this.firstTimeExportersOnly, this.maxPreviousParticipations, this.capPerParticipant, this.aidId);
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public BigDecimal getRate() {
		return this.rate;
	}

	public void setRate(BigDecimal rate) {
		this.rate = rate;
	}

	public Set<CostCategory> getCategories() {
		return this.categories;
	}

	public void setCategories(Set<CostCategory> categories) {
		this.categories = (categories != null) ? categories : EnumSet.noneOf(CostCategory.class);
	}

	public Integer getMaxHeadcount() {
		return this.maxHeadcount;
	}

	public void setMaxHeadcount(Integer maxHeadcount) {
		this.maxHeadcount = maxHeadcount;
	}

	public boolean isFirstTimeExportersOnly() {
		return this.firstTimeExportersOnly;
	}

	public void setFirstTimeExportersOnly(boolean firstTimeExportersOnly) {
		this.firstTimeExportersOnly = firstTimeExportersOnly;
	}

	public Integer getMaxPreviousParticipations() {
		return this.maxPreviousParticipations;
	}

	public void setMaxPreviousParticipations(Integer maxPreviousParticipations) {
		this.maxPreviousParticipations = maxPreviousParticipations;
	}

	public BigDecimal getCapPerParticipant() {
		return this.capPerParticipant;
	}

	public void setCapPerParticipant(BigDecimal capPerParticipant) {
		this.capPerParticipant = capPerParticipant;
	}

	public String getAidId() {
		return this.aidId;
	}

	public void setAidId(String aidId) {
		this.aidId = aidId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
