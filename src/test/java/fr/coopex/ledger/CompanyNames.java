package fr.coopex.ledger;

import java.util.Map;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.companies.ProfileField;
import fr.coopex.companies.ProfileUpdate;
import fr.coopex.companies.Visibility;
import fr.coopex.shared.security.CoopexUser;

/**
 * Names test companies through their profiles: the ledger shows a company by its name as
 * the viewer may see it in {@code companies}, never a name it copied.
 */
public final class CompanyNames {

	private CompanyNames() {
	}

	/** Gives the member's company this legal name. */
	public static void name(CompanyManagement companies, CoopexUser member, String legalName) {
		CompanyCard own = companies.ownProfile(member);
		companies.update(member, update(own, legalName, own.tradeName(), own.visibilities()));
	}

	/** Gives the member's company this trade name, with this visibility. */
	public static void tradeName(CompanyManagement companies, CoopexUser member, String tradeName,
			Visibility visibility) {
		CompanyCard own = companies.ownProfile(member);
		Map<ProfileField, Visibility> visibilities = new java.util.EnumMap<>(ProfileField.class);
		visibilities.putAll(own.visibilities());
		visibilities.put(ProfileField.TRADE_NAME, visibility);
		companies.update(member, update(own, own.legalName(), tradeName, visibilities));
	}

	private static ProfileUpdate update(CompanyCard own, String legalName, String tradeName,
			Map<ProfileField, Visibility> visibilities) {
		return new ProfileUpdate(own.version(), legalName, tradeName, own.siret(), own.legalForm(), own.nafCode(),
				own.region(), own.address(), own.website(), own.headcount(), own.turnover(), own.independent(),
				own.groupName(), own.innovative(), own.innovationLabel(), own.foundedYear(), own.exportSituation(),
				own.exportShare(), own.exportStaff(), own.marketsServed(), own.marketsTargeted(), own.products(),
				own.keywords(), own.certifications(), own.obstacles(), own.reticences(), visibilities);
	}

}
