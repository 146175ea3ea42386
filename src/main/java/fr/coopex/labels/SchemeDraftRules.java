package fr.coopex.labels;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.RegionNames;
import fr.coopex.accounts.Scope;
import fr.coopex.labels.SchemeDraft.CriterionDraft;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Text;

/** Checks a scheme draft against the rules and the agency's jurisdiction. */
@Component
class SchemeDraftRules {

	private final OrganisationManagement organisations;

	private final RegionNames regions;

	SchemeDraftRules(OrganisationManagement organisations, RegionNames regions) {
		this.organisations = organisations;
		this.regions = regions;
	}

	/**
	 * Checks a draft against the rules and the agency's jurisdiction; returns it cleaned.
	 */
	SchemeDraft validate(CoopexUser officer, SchemeDraft draft) {
		String nameFr = required(draft.nameFr(), "nameFr", 200);
		String descriptionFr = required(draft.descriptionFr(), "descriptionFr", 4000);
		String nameEn = optional(draft.nameEn(), "nameEn", 200);
		String descriptionEn = optional(draft.descriptionEn(), "descriptionEn", 4000);
		List<String> regions = draft.regions() == null ? List.of()
				: draft.regions().stream().filter((r) -> r != null && !r.isBlank()).distinct().toList();
		if (regions.isEmpty()) {
			throw new LabelException("regions", "labels.scheme.regions-required");
		}
		Scope jurisdiction = this.organisations.scope(officer.organisationId());
		for (String region : regions) {
			if (!this.regions.isKnown(region)) {
				throw new LabelException("regions", "labels.scheme.region-unknown");
			}
			if (!jurisdiction.covers(region)) {
				throw new LabelException("regions", "labels.scheme.outside-jurisdiction");
			}
		}
		List<String> sectors = draft.sectors() == null ? List.of()
				: draft.sectors().stream().filter((s) -> s != null && !s.isBlank()).distinct().toList();
		if (sectors.stream().anyMatch((s) -> !s.matches("[0-9]{2}"))) {
			throw new LabelException("sectors", "labels.scheme.sector-unknown");
		}
		if (draft.validityMonths() < 1 || draft.validityMonths() > LabelSchemes.MAX_VALIDITY) {
			throw new LabelException("validityMonths", "labels.scheme.validity-range");
		}
		List<CriterionDraft> criteria = new ArrayList<>();
		for (CriterionDraft c : (draft.criteria() == null ? List.<CriterionDraft>of() : draft.criteria())) {
			if (c == null || (Text.clean(c.textFr()) == null && c.indicator() == null)) {
				continue; // an empty row of the form
			}
			String text = required(c.textFr(), "criteria", 1000);
			CriterionKind kind = c.kind() == null ? CriterionKind.DECLARATION : c.kind();
			if (kind == CriterionKind.INDICATOR) {
				if (c.indicator() == null || c.comparison() == null || c.threshold() == null) {
					throw new LabelException("criteria", "labels.criterion.indicator-incomplete");
				}
				criteria.add(new CriterionDraft(kind, text, optional(c.textEn(), "criteria", 1000), c.indicator(),
						c.comparison(), c.threshold()));
			}
			else {
				criteria.add(new CriterionDraft(kind, text, optional(c.textEn(), "criteria", 1000), null, null, null));
			}
		}
		return new SchemeDraft(nameFr, nameEn, descriptionFr, descriptionEn, regions, sectors, draft.validityMonths(),
				criteria);
	}

	private static String required(String text, String field, int max) {
		String clean = Text.clean(text);
		if (clean == null) {
			throw new LabelException(field, "labels.field.required");
		}
		if (clean.length() > max) {
			throw new LabelException(field, "labels.field.too-long", max);
		}
		return clean;
	}

	private static String optional(String text, String field, int max) {
		String clean = Text.clean(text);
		if (clean != null && clean.length() > max) {
			throw new LabelException(field, "labels.field.too-long", max);
		}
		return clean;
	}

}
