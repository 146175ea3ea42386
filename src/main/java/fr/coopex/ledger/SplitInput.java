package fr.coopex.ledger;

import java.util.List;

/**
 * Everything a split depends on: the pool's key, its participants, cost items and
 * subsidies (items and subsidies with their ids, kept on the split's lines).
 */
public record SplitInput(AllocationKey defaultKey, List<ParticipantDraft> participants, List<Item> items,
		List<Subsidy> subsidies) {

	public SplitInput {
		participants = List.copyOf(participants);
		items = List.copyOf(items);
		subsidies = List.copyOf(subsidies);
	}

	public record Item(long id, CostItemDraft draft) {
	}

	public record Subsidy(long id, SubsidyDraft draft) {
	}

}
