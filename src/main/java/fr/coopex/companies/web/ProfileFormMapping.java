package fr.coopex.companies.web;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.HeadcountBand;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Region;
import fr.coopex.companies.RegisterEntry;
import fr.coopex.companies.Visibility;

/**
 * Fills the company profile form from a profile or the public register, and turns it into
 * a profile update.
 */
final class ProfileFormMapping {

	private ProfileFormMapping() {
	}

	static ProfileForm of(CompanyCard card) {
		ProfileForm form = new ProfileForm();
		form.setVersion(card.version());
		form.setLegalName(card.legalName());
		form.setTradeName(card.tradeName());
		form.setSiret(card.siret());
		form.setLegalForm(card.legalForm());
		form.setNafCode(card.nafCode());
		form.setRegion(card.region());
		form.setWebsite(card.website());
		form.setAddress(card.address());
		form.setHeadcount(card.headcount());
		form.setTurnover(card.turnover());
		form.setIndependent(card.independent());
		form.setGroupName(card.groupName());
		form.setInnovative(card.innovative());
		form.setInnovationLabel(card.innovationLabel());
		form.setFoundedYear(card.foundedYear());
		form.setExportSituation(card.exportSituation());
		form.setExportShare(card.exportShare());
		form.setExportStaff(card.exportStaff());
		form.setMarketsServed(new LinkedHashSet<>(card.marketsServed()));
		form.setMarketsTargeted(new LinkedHashSet<>(card.marketsTargeted()));
		form.setProducts(card.products());
		form.setKeywords(card.keywords());
		form.setCertifications(card.certifications());
		form.setObstacles(new LinkedHashSet<>(card.obstacles()));
		form.setReticences(new LinkedHashSet<>(card.reticences()));
		card.visibilities().forEach((field, visibility) -> form.getVisibilities().put(field.name(), visibility));
		return form;
	}

	/**
	 * Proposes the values the public register knows; the person checks them before
	 * saving.
	 */
	static void prefill(ProfileForm form, RegisterEntry entry) {
		if (entry.name() != null) {
			form.setLegalName(entry.name());
		}
		if (entry.siret() != null) {
			form.setSiret(entry.siret());
		}
		if (entry.nafCode() != null) {
			form.setNafCode(entry.nafCode());
		}
		String place = String.join(" ",
				Stream.of(entry.address(), entry.postalCode(), entry.city()).filter(Objects::nonNull).toList());
		if (!place.isBlank()) {
			form.setAddress(place);
		}
		if (entry.regionCode() != null) {
			Region.ofCode(entry.regionCode()).ifPresent(form::setRegion);
		}
		if (entry.foundedYear() != null) {
			form.setFoundedYear(entry.foundedYear());
		}
		if (entry.headcountCode() != null) {
			HeadcountBand.ofInseeCode(entry.headcountCode()).ifPresent(form::setHeadcount);
		}
	}

	static ProfileUpdate toUpdate(ProfileForm form) {
		Map<ProfileField, Visibility> chosen = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			Visibility visibility = form.getVisibilities().get(field.name());
			chosen.put(field, visibility == null ? field.defaultVisibility() : visibility);
		}
		String nafCode = form.getNafCode();
		return new ProfileUpdate(form.getVersion(), form.getLegalName().strip(), form.getTradeName(), form.getSiret(),
				form.getLegalForm(), nafCode == null ? null : nafCode.strip().toUpperCase(Locale.ROOT),
				form.getRegion(), form.getAddress(), normaliseWebsite(form.getWebsite()), form.getHeadcount(),
				form.getTurnover(), form.getIndependent(), form.getGroupName(), form.getInnovative(),
				form.getInnovationLabel(), form.getFoundedYear(), form.getExportSituation(), form.getExportShare(),
				form.getExportStaff(), form.getMarketsServed(), form.getMarketsTargeted(), form.getProducts(),
				form.getKeywords(), form.getCertifications(), form.getObstacles(), form.getReticences(), chosen);
	}

	private static String normaliseWebsite(String website) {
		if (website == null || website.isBlank()) {
			return null;
		}
		String trimmed = website.strip();
		return trimmed.startsWith("http://") || trimmed.startsWith("https://") ? trimmed : "https://" + trimmed;
	}

}
