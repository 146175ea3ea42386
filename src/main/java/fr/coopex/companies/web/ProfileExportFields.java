package fr.coopex.companies.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Obstacle;
import fr.coopex.companies.Reticence;

/**
 * The export and offer part of the company profile form, bound at the top level of the
 * form like its other fields.
 */
public abstract class ProfileExportFields {

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

}
