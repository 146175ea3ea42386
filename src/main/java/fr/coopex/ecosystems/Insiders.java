package fr.coopex.ecosystems;

import java.util.Map;
import java.util.Set;

/**
 * The ecosystems a person is inside: those they coordinate and those their company is an
 * active member of, with their names in the order of their ids, and which of them they
 * coordinate. Pages of stands, missions and pools list what these ecosystems hold.
 */
public record Insiders(Map<Long, String> names, Set<Long> coordinated) {

	/** Nobody's: an anonymous visitor is inside no ecosystem. */
	public static final Insiders NONE = new Insiders(Map.of(), Set.of());

}
