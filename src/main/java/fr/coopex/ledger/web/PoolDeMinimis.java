package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.coopex.aids.DeMinimisRegister;
import fr.coopex.aids.DeMinimisSummary;
import fr.coopex.ledger.PoolStatus;
import fr.coopex.ledger.PoolView;
import fr.coopex.ledger.Split;

/**
 * The warnings of the pool console: the participants whom the subsidies of an open pool
 * (from aids their curators flag de minimis) would take over their de minimis ceiling.
 * Read by the console page ({@code @poolDeMinimis.warnings(pool)}).
 */
@Component("poolDeMinimis")
public class PoolDeMinimis {

	private final DeMinimisRegister register;

	PoolDeMinimis(DeMinimisRegister register) {
		this.register = register;
	}

	/**
	 * One participant over the ceiling with this pool's subsidies.
	 *
	 * @param name the participant
	 * @param subsidies what the pool's de minimis subsidies give it
	 * @param position its position before them
	 */
	public record Warning(String name, BigDecimal subsidies, DeMinimisSummary position) {
	}

	/** The participants the open pool's subsidies would take over the ceiling. */
	public List<Warning> warnings(PoolView pool) {
		List<Warning> warnings = new ArrayList<>();
		if (pool.status() != PoolStatus.OPEN || pool.split() == null || pool.subsidies().isEmpty()) {
			return warnings;
		}
		Map<Long, Long> aidOfSubsidy = new HashMap<>();
		pool.subsidies()
			.stream()
			.filter((s) -> s.draft().catalogueAid() != null)
			.forEach((s) -> aidOfSubsidy.put(s.id(), s.draft().catalogueAid()));
		for (PoolView.Participant participant : pool.activeParticipants()) {
			Map<Long, BigDecimal> byAid = new HashMap<>();
			for (Split.Line line : pool.split().lines(participant.companyId())) {
				Long aid = aidOfSubsidy.get(line.refId());
				if (line.kind() == Split.LineKind.SUBSIDY && aid != null) {
					byAid.merge(aid, line.amount().negate(), BigDecimal::add);
				}
			}
			BigDecimal flagged = BigDecimal.ZERO;
			DeMinimisSummary position = null;
			for (Map.Entry<Long, BigDecimal> entry : byAid.entrySet()) {
				if (this.register.flag(entry.getKey()).status() == fr.coopex.aids.DeMinimis.YES) {
					flagged = flagged.add(entry.getValue());
				}
			}
			if (flagged.signum() > 0) {
				position = this.register.wouldExceed(participant.companyId(), null, flagged).orElse(null);
			}
			if (position != null) {
				warnings.add(new Warning(participant.name(), flagged, position));
			}
		}
		return warnings;
	}

}
