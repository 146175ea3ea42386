package fr.coopex.observatory;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import fr.coopex.ledger.CooperationFigures.EcosystemTotals;

/**
 * The ecosystems that work in a territory (those with at least one active member
 * registered in it), taken as a whole: how many there are, how many companies take part,
 * the shared actions they confirmed, what those cost and what subsidies paid of it. Never
 * an ecosystem or a company on its own: the counts are suppressed when they rest on fewer
 * than five member companies, and the amounts when fewer than five companies took a share
 * of those actions.
 *
 * @param ecosystems how many ecosystems, or null when suppressed
 * @param memberCompanies the distinct companies active in them (in any region), or null
 * when fewer than five
 * @param actions the stands and missions whose costs they split and confirmed, or null
 * when suppressed
 * @param participants the distinct companies that took a share of those actions, or null
 * when fewer than five
 * @param costsShared what those actions cost in all (VAT included), or null when
 * suppressed
 * @param subsidies what the subsidies paid of it, or null when suppressed
 */
public record EcosystemFigures(Long ecosystems, Long memberCompanies, Long actions, Long participants,
		BigDecimal costsShared, BigDecimal subsidies) {

	/** Whether some figure is suppressed (the page says so). */
	public boolean anySuppressed() {
		return this.memberCompanies == null || this.participants == null;
	}

	/**
	 * The figures of the ecosystems that have an active member among {@code territory}.
	 * @param members the companies active in each ecosystem, by ecosystem id
	 * @param totals the confirmed shared actions of each ecosystem, by ecosystem id
	 * @param territory the companies of the territory
	 */
	public static EcosystemFigures of(Map<Long, Set<Long>> members, Map<Long, EcosystemTotals> totals,
			Set<Long> territory) {
		long ecosystems = 0;
		long actions = 0;
		BigDecimal costs = BigDecimal.ZERO.setScale(2);
		BigDecimal subsidies = BigDecimal.ZERO.setScale(2);
		Set<Long> companies = new HashSet<>();
		Set<Long> participants = new HashSet<>();
		for (Map.Entry<Long, Set<Long>> ecosystem : members.entrySet()) {
			if (ecosystem.getValue().stream().noneMatch(territory::contains)) {
				continue;
			}
			ecosystems++;
			companies.addAll(ecosystem.getValue());
			EcosystemTotals total = totals.get(ecosystem.getKey());
			if (total != null) {
				actions += total.actions();
				costs = costs.add(total.total());
				subsidies = subsidies.add(total.subsidies());
				participants.addAll(total.participants());
			}
		}
		boolean countsShown = companies.size() >= Suppression.THRESHOLD;
		boolean amountsShown = countsShown && participants.size() >= Suppression.THRESHOLD;
		return new EcosystemFigures(countsShown ? ecosystems : null, countsShown ? (long) companies.size() : null,
				countsShown ? actions : null, amountsShown ? (long) participants.size() : null,
				amountsShown ? costs : null, amountsShown ? subsidies : null);
	}

}
