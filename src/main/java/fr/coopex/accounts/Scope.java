package fr.coopex.accounts;

import java.util.List;

/**
 * Where an organisation acts: the whole country, or some regions. An agency's
 * jurisdiction; a coordination body's scope.
 *
 * @param national whether it acts in the whole country
 * @param regions the regions (names of {@link RegionNames#all()}), empty when national
 */
public record Scope(boolean national, List<String> regions) {

	public static final Scope NONE = new Scope(false, List.of());

	public Scope {
		regions = national || regions == null ? List.of() : List.copyOf(regions);
	}

	/** Whether no region is given and the scope is not national. */
	public boolean isEmpty() {
		return !this.national && this.regions.isEmpty();
	}

	/** Whether the scope covers a region (always when national). */
	public boolean covers(String region) {
		return this.national || this.regions.contains(region);
	}

}
