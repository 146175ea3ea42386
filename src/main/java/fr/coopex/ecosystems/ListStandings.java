package fr.coopex.ecosystems;

import java.util.Map;
import java.util.Set;

/**
 * How a viewer stands with each ecosystem of a list: those they coordinate, and their
 * company's open membership (active, request pending, invitation to answer), so that
 * every list shows a pending request as pending.
 */
public record ListStandings(Set<Long> coordinated, Map<Long, MembershipStatus> company) {

	static final ListStandings NONE = new ListStandings(Set.of(), Map.of());

	/**
	 * {@code coordinator}, {@code member}, {@code pending} or {@code invited}; null for
	 * none.
	 */
	public String of(long ecosystemId) {
		if (this.coordinated.contains(ecosystemId)) {
			return "coordinator";
		}
		MembershipStatus status = this.company.get(ecosystemId);
		if (status == null) {
			return null;
		}
		return switch (status) {
			case ACTIVE -> "member";
			case REQUESTED -> "pending";
			case INVITED -> "invited";
			default -> null;
		};
	}

}
