package fr.coopex.companies;

import java.util.List;
import java.util.Set;

import fr.coopex.shared.security.CoopexUser;

/**
 * Who may see a company's {@link Visibility#ECOSYSTEM} fields. The ecosystems module
 * implements it: the companies active in an ecosystem with the viewer's company, and the
 * companies active in the ecosystems the viewer coordinates.
 */
public interface EcosystemNeighbourhood {

	Set<Long> companiesSeenAtEcosystemLevel(CoopexUser viewer);

	/**
	 * The names of the ecosystems the company is an active member of, whose members see
	 * its {@link Visibility#ECOSYSTEM} fields.
	 */
	default List<String> activeEcosystemNames(long companyId) {
		return List.of();
	}

}
