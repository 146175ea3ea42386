package fr.coopex.companies;

import java.util.Map;
import java.util.Set;

/**
 * A company's edit of its profile. {@code version} is the version the editor started
 * from: if someone saved in between, the edit is refused rather than silently overwriting
 * theirs.
 */
public record ProfileUpdate(long version, String legalName, String tradeName, String siret, LegalForm legalForm,
		String nafCode, Region region, String address, String website, HeadcountBand headcount, TurnoverBand turnover,
		Boolean independent, String groupName, Boolean innovative, String innovationLabel, Integer foundedYear,
		ExportSituation exportSituation, Integer exportShare, Integer exportStaff, Set<String> marketsServed,
		Set<String> marketsTargeted, String products, String keywords, String certifications, Set<Obstacle> obstacles,
		Set<Reticence> reticences, Map<ProfileField, Visibility> visibilities) {

	public ProfileUpdate {
		marketsServed = marketsServed == null ? Set.of() : Set.copyOf(marketsServed);
		marketsTargeted = marketsTargeted == null ? Set.of() : Set.copyOf(marketsTargeted);
		obstacles = obstacles == null ? Set.of() : Set.copyOf(obstacles);
		reticences = reticences == null ? Set.of() : Set.copyOf(reticences);
		visibilities = visibilities == null ? Map.of() : Map.copyOf(visibilities);
	}

}
