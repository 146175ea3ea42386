package fr.coopex.companies;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import fr.coopex.shared.security.CoopexUser;

/**
 * "As a member of ecosystem X sees it": for a company's own people, which of its profile
 * fields the members and coordinators of each of its ecosystems currently see (as saved,
 * by {@link CompanyManagement}'s visibility rules).
 */
@Service
public class ProfilePreview {

	private final CompanyManagement companies;

	private final ObjectProvider<EcosystemNeighbourhood> neighbourhood;

	ProfilePreview(CompanyManagement companies, ObjectProvider<EcosystemNeighbourhood> neighbourhood) {
		this.companies = companies;
		this.neighbourhood = neighbourhood;
	}

	/**
	 * What one ecosystem sees.
	 *
	 * @param seen the fields its members and coordinators see
	 * @param hidden the fields only the company sees
	 */
	public record EcosystemView(String ecosystemName, List<ProfileField> seen, List<ProfileField> hidden) {
	}

	/** One view per ecosystem the member's company is active in, by ecosystem name. */
	public List<EcosystemView> ofOwnCompany(CoopexUser member) {
		EcosystemNeighbourhood provider = this.neighbourhood.getIfAvailable();
		List<String> names = provider == null ? List.of() : provider.activeEcosystemNames(member.organisationId());
		if (names.isEmpty()) {
			return List.of();
		}
		Map<ProfileField, Visibility> visibilities = this.companies.ownProfile(member).visibilities();
		List<ProfileField> seen = List.of(ProfileField.values())
			.stream()
			.filter((f) -> visibilities.get(f) != Visibility.PRIVATE)
			.toList();
		List<ProfileField> hidden = List.of(ProfileField.values())
			.stream()
			.filter((f) -> visibilities.get(f) == Visibility.PRIVATE)
			.toList();
		return names.stream().map((name) -> new EcosystemView(name, seen, hidden)).toList();
	}

}
