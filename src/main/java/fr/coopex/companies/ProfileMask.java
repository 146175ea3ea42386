package fr.coopex.companies;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import fr.coopex.shared.security.CoopexUser;

/**
 * Decides which fields of a stored profile a viewer sees and hides the others.
 */
final class ProfileMask {

	private ProfileMask() {
	}

	/** Which fields of a stored profile this viewer sees. */
	static Predicate<ProfileField> visibility(CoopexUser viewer, StoredProfile stored, Set<Long> neighbours) {
		long companyId = stored.all().companyId();
		if (viewer != null && viewer.organisationId() == companyId) {
			return (field) -> true;
		}
		boolean neighbour = neighbours.contains(companyId);
		return (field) -> switch (stored.visibilities().get(field)) {
			case PUBLIC -> true;
			case ECOSYSTEM -> neighbour;
			case PRIVATE -> false;
		};
	}

	/** The card of a stored profile with only what {@code visible} lets through. */
	static CompanyCard mask(StoredProfile stored, Predicate<ProfileField> visible, boolean own) {
		CompanyCard all = stored.all();
		String nafCode = visible.test(ProfileField.NAF) ? all.nafCode() : null;
		return new CompanyCard(all.companyId(), all.legalName(), all.siren(), own,
				show(visible, ProfileField.TRADE_NAME, all.tradeName()), show(visible, ProfileField.SIRET, all.siret()),
				show(visible, ProfileField.LEGAL_FORM, all.legalForm()), nafCode,
				(nafCode != null) ? all.nafLabel() : null, show(visible, ProfileField.REGION, all.region()),
				show(visible, ProfileField.ADDRESS, all.address()), show(visible, ProfileField.WEBSITE, all.website()),
				show(visible, ProfileField.HEADCOUNT, all.headcount()),
				show(visible, ProfileField.TURNOVER, all.turnover()),
				show(visible, ProfileField.GROUP, all.independent()),
				show(visible, ProfileField.GROUP, all.groupName()),
				show(visible, ProfileField.INNOVATION, all.innovative()),
				show(visible, ProfileField.INNOVATION, all.innovationLabel()),
				show(visible, ProfileField.FOUNDED, all.foundedYear()),
				show(visible, ProfileField.EXPORT_SITUATION, all.exportSituation()),
				show(visible, ProfileField.EXPORT_SHARE, all.exportShare()),
				show(visible, ProfileField.EXPORT_STAFF, all.exportStaff()),
				visible.test(ProfileField.MARKETS_SERVED) ? all.marketsServed() : Set.of(),
				visible.test(ProfileField.MARKETS_TARGETED) ? all.marketsTargeted() : Set.of(),
				show(visible, ProfileField.PRODUCTS, all.products()),
				show(visible, ProfileField.PRODUCTS, all.keywords()),
				show(visible, ProfileField.CERTIFICATIONS, all.certifications()),
				visible.test(ProfileField.OBSTACLES) ? all.obstacles() : Set.of(),
				visible.test(ProfileField.RETICENCES) ? all.reticences() : Set.of(),
				own ? stored.visibilities() : Map.of(), own ? stored.version() : -1, all.updatedAt());
	}

	private static <T> T show(Predicate<ProfileField> visible, ProfileField field, T value) {
		return visible.test(field) ? value : null;
	}

}
