package fr.coopex.aids.web;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Size;

import fr.coopex.aids.CompanySize;
import fr.coopex.aids.Criteria;
import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.Region;

/** Who may have the aid: a part of {@link AidForm}. */
record AidConditions(Integer maxHeadcount, Long maxTurnover, CompanySize maxSize, Integer minAgeYears,
		Boolean independentOnly, Boolean innovativeOnly, Boolean clusterMembersOnly, Boolean firstTimeExportersOnly,
		Boolean groupingsOnly, @Size(max = 100) String nafSections, Set<Region> regions,
		Set<ExportSituation> exportSituations, @Size(max = 4000) String otherConditions) {

	AidConditions {
		regions = AidForm.set(regions, Region.class);
		exportSituations = AidForm.set(exportSituations, ExportSituation.class);
	}

	Criteria toCriteria() {
		Set<String> sections = new TreeSet<>();
		if (this.nafSections != null) {
			Arrays.stream(this.nafSections.split("[,;\\s]+"))
				.map(String::strip)
				.filter((s) -> !s.isEmpty())
				.map(String::toUpperCase)
				.forEach(sections::add);
		}
		return new Criteria(this.maxHeadcount, this.maxTurnover, this.maxSize, this.minAgeYears,
				AidForm.yes(this.independentOnly), AidForm.yes(this.innovativeOnly),
				AidForm.yes(this.clusterMembersOnly), AidForm.yes(this.firstTimeExportersOnly),
				AidForm.yes(this.groupingsOnly), sections, this.regions, this.exportSituations);
	}

}
