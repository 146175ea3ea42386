package fr.coopex.aids;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.coopex.companies.ExportSituation;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.Region;
import fr.coopex.companies.TurnoverBand;

/** Puts the criteria of an aid and their values in words for {@link AidFormats}. */
final class CriterionWords {

	private final AidFormats formats;

	CriterionWords(AidFormats formats) {
		this.formats = formats;
	}

	/**
	 * Any value of a criterion or of a reason, in words: bands, regions, sizes, amounts,
	 * sets of them.
	 */
	String value(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map((v) -> value(v, locale)).collect(Collectors.joining(", "));
		}
		if (value instanceof HeadcountBand band) {
			return this.formats.message("companies.headcount." + band.name(), locale);
		}
		if (value instanceof TurnoverBand band) {
			return this.formats.message("companies.turnover." + band.name(), locale);
		}
		if (value instanceof Region region) {
			return this.formats.message("companies.region." + region.name(), locale);
		}
		if (value instanceof ExportSituation situation) {
			return this.formats.message("companies.export-situation." + situation.name(), locale);
		}
		if (value instanceof CompanySize size) {
			return this.formats.message("aids.size." + size.name(), locale);
		}
		if (value instanceof Long euros) {
			return this.formats.money(euros, locale);
		}
		if (value instanceof Integer count) {
			return NumberFormat.getIntegerInstance(locale).format(count);
		}
		return value.toString();
	}

	/** The structured criteria of an aid in plain words, one sentence each. */
	List<String> criteria(Criteria c, Locale locale) {
		List<String> lines = new ArrayList<>();
		if (c.maxSize() != null) {
			lines.add(this.formats.message("aids.criterion.max-size", locale, value(c.maxSize(), locale)));
		}
		if (c.maxHeadcount() != null) {
			lines.add(this.formats.message("aids.criterion.max-headcount", locale, value(c.maxHeadcount(), locale)));
		}
		if (c.maxTurnover() != null) {
			lines.add(this.formats.message("aids.criterion.max-turnover", locale,
					this.formats.money(c.maxTurnover(), locale)));
		}
		if (c.minAgeYears() != null) {
			lines.add(this.formats.message("aids.criterion.min-age", locale, value(c.minAgeYears(), locale)));
		}
		flag(lines, c.independentOnly(), "aids.criterion.independent-only", locale);
		flag(lines, c.innovativeOnly(), "aids.criterion.innovative-only", locale);
		flag(lines, c.clusterMembersOnly(), "aids.criterion.cluster-members-only", locale);
		flag(lines, c.firstTimeExportersOnly(), "aids.criterion.first-time-exporters-only", locale);
		flag(lines, c.groupingsOnly(), "aids.criterion.groupings-only", locale);
		if (!c.nafSections().isEmpty()) {
			lines.add(this.formats.message("aids.criterion.naf-sections", locale, value(c.nafSections(), locale)));
		}
		if (!c.regions().isEmpty()) {
			lines.add(this.formats.message("aids.criterion.regions", locale, value(c.regions(), locale)));
		}
		if (!c.exportSituations().isEmpty()) {
			lines.add(this.formats.message("aids.criterion.export-situations", locale,
					value(c.exportSituations(), locale)));
		}
		return lines;
	}

	private void flag(List<String> lines, boolean set, String key, Locale locale) {
		if (set) {
			lines.add(this.formats.message(key, locale));
		}
	}

}
