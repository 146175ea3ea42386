package fr.coopex.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each participant's share in words, next to the table (issue 14, item 4): 18 of 39 m² of
 * the space lines; 1/3 of the equal lines; minus 50% of space for SMEs up to 249 people;
 * and the bar of a simple chart of the shares.
 *
 * @param companyId the participant
 * @param net its share
 * @param percentOfLargest the length of its bar, the largest share being 100
 * @param percentOfTotal its share of the total, rounded
 * @param parts the sentences, as message keys and arguments
 */
public record ShareExplanation(long companyId, BigDecimal net, int percentOfLargest, int percentOfTotal,
		List<Part> parts) {

	/** One sentence: a message key ({@code ledger.explain.*}) and its arguments. */
	public record Part(String key, Object[] arguments) {
	}

	/** The explanation of every share of the split, in the split's order. */
	public static List<ShareExplanation> of(Split split) {
		SplitInput input = split.input();
		List<ParticipantDraft> participants = input.participants();
		BigDecimal totalArea = BigDecimal.ZERO;
		BigDecimal totalWeight = BigDecimal.ZERO;
		int totalBands = 0;
		for (ParticipantDraft p : participants) {
			totalArea = totalArea.add(orZero(p.area()));
			totalWeight = totalWeight.add(orZero(p.weight()));
			totalBands += AllocationKey.headcountWeight(p.headcount());
		}
		// the item labels by key, in the order of the items
		Map<AllocationKey, List<String>> labels = new LinkedHashMap<>();
		for (Split.ItemTotal item : split.items()) {
			labels.computeIfAbsent(item.key(), (k) -> new ArrayList<>()).add(item.draft().label());
		}
		long largest = 1;
		long total = 0;
		for (long cents : split.netCents()) {
			largest = Math.max(largest, Math.abs(cents));
			total += cents;
		}
		List<ShareExplanation> explanations = new ArrayList<>();
		for (Split.Share share : split.shares()) {
			ParticipantDraft p = participants.stream()
				.filter((d) -> d.companyId() == share.companyId())
				.findFirst()
				.orElseThrow();
			List<Part> parts = new ArrayList<>();
			for (Map.Entry<AllocationKey, List<String>> entry : labels.entrySet()) {
				String items = String.join(", ", entry.getValue());
				switch (entry.getKey()) {
					case BY_AREA -> parts.add(new Part("ledger.explain.by-area",
							new Object[] { plain(p.area()), plain(totalArea), items }));
					case EQUAL ->
						parts.add(new Part("ledger.explain.equal", new Object[] { participants.size(), items }));
					case WEIGHTS -> parts.add(new Part("ledger.explain.weights",
							new Object[] { plain(p.weight()), plain(totalWeight), items }));
					case HEADCOUNT_BAND -> parts.add(new Part("ledger.explain.headcount",
							new Object[] { AllocationKey.headcountWeight(p.headcount()), totalBands, items }));
					case FIXED -> parts.add(new Part("ledger.explain.fixed", new Object[] { items }));
				}
			}
			for (Split.Line line : split.lines(share.companyId())) {
				if (line.kind() != Split.LineKind.SUBSIDY) {
					continue;
				}
				SubsidyDraft subsidy = input.subsidies()
					.stream()
					.filter((s) -> s.id() == line.refId())
					.map(SplitInput.Subsidy::draft)
					.findFirst()
					.orElse(null);
				if (subsidy != null && subsidy.rate() != null) {
					parts.add(
							(subsidy.maxHeadcount() != null)
									? new Part("ledger.explain.subsidy-rate-sme",
											new Object[] { plain(subsidy.rate()), subsidy.label(),
													subsidy.maxHeadcount() })
									: new Part("ledger.explain.subsidy-rate",
											new Object[] { plain(subsidy.rate()), subsidy.label() }));
				}
				else if (subsidy != null) {
					parts.add(new Part("ledger.explain.subsidy-amount", new Object[] { subsidy.label() }));
				}
			}
			long net = share.net().movePointRight(2).longValueExact();
			int ofLargest = (int) Math.round(100.0 * Math.max(0, net) / largest);
			int ofTotal = (total == 0) ? 0 : (int) Math.round(100.0 * net / total);
			explanations.add(new ShareExplanation(share.companyId(), share.net(), ofLargest, ofTotal, parts));
		}
		return explanations;
	}

	/** The part of the bar chart's width (in SVG units out of 100) for this bar. */
	public int barWidth() {
		return Math.max(this.percentOfLargest, (this.net.signum() > 0) ? 1 : 0);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	/**
	 * A number without useless decimals: 18, 12.5 (the message formats it per locale).
	 */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal v = orZero(value).stripTrailingZeros();
		return (v.scale() < 0) ? v.setScale(0, RoundingMode.UNNECESSARY) : v;
	}

}
