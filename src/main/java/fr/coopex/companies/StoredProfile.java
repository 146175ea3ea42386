package fr.coopex.companies;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A company profile as stored, every field included, with the visibility of each field:
 * the material {@link CompanyManagement} cuts each viewer's card from. Immutable, so that
 * one copy serves every request.
 */
record StoredProfile(CompanyCard all, Map<ProfileField, Visibility> visibilities, long version) {

	static StoredProfile of(CompanyProfile p, NafCatalogue naf) {
		String nafCode = p.getNafCode();
		CompanyCard all = new CompanyCard(p.getCompanyId(), p.getLegalName(), p.getSiren(), false, p.getTradeName(),
				p.getSiret(), p.getLegalForm(), nafCode,
				(nafCode != null) ? naf.subclass(nafCode).map(NafEntry::label).orElse(null) : null,
				Region.ofCode(String.valueOf(p.getRegion())).orElse(null), p.getAddress(), p.getWebsite(),
				p.getHeadcount(), p.getTurnover(), p.getIndependent(), p.getGroupName(), p.getInnovative(),
				p.getInnovationLabel(), p.getFoundedYear(), p.getExportSituation(), p.getExportShare(),
				p.getExportStaff(), frozen(p.markets(MarketEntry.SERVED)), frozen(p.markets(MarketEntry.TARGETED)),
				p.getProducts(), p.getKeywords(), p.getCertifications(),
				frozen(CompanyProfile.split(p.getObstacles(), Obstacle.class)),
				frozen(CompanyProfile.split(p.getReticences(), Reticence.class)), Map.of(), p.getVersion(),
				p.getUpdatedAt());
		return new StoredProfile(all, Collections.unmodifiableMap(p.visibilities()), p.getVersion());
	}

	/** An unmodifiable copy that keeps the order of the original. */
	private static <T> Set<T> frozen(Set<T> values) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(values));
	}

}
