package fr.coopex.ecosystems;

import java.util.Set;

/**
 * What anyone may read of an ecosystem: its public page and directory entry.
 */
public record EcosystemSummary(long id, String name, String purpose, Coordination coordination, EcosystemStatus status,
		boolean openToMembers, Set<String> markets, Set<String> sectors, long memberCount, int charterVersion) {

	static EcosystemSummary of(Ecosystem e, long memberCount) {
		return new EcosystemSummary(e.getId(), e.getName(), e.getPurpose(), e.getCoordination(), e.getStatus(),
				e.acceptsRequests(), e.getMarkets(), e.getSectors(), memberCount, e.getCharterVersion());
	}

}
