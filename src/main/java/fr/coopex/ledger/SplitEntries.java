package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a split into the ledger entries that posting it writes. */
final class SplitEntries {

	private SplitEntries() {
	}

	/**
	 * The entries a split posts, as {company id (null: the coordination body), kind,
	 * amount}: each participant's share (+) and what it is billed directly (−), what each
	 * party advanced (−) and the subsidies the coordination body receives (+). They add
	 * up to zero. The same amounts make the provisional balances of a pool not yet
	 * confirmed.
	 */
	static List<Object[]> of(Split split) {
		List<Object[]> entries = new ArrayList<>();
		for (Split.Share share : split.shares()) {
			if (share.net().signum() != 0) {
				entries.add(new Object[] { share.companyId(), "SHARE", share.net() });
			}
			if (share.billedDirectly().signum() != 0) {
				entries.add(new Object[] { share.companyId(), "DIRECT", share.billedDirectly().negate() });
			}
		}
		Map<Long, BigDecimal> advances = new LinkedHashMap<>();
		for (Split.ItemTotal item : split.items()) {
			if (item.draft().paidBy() == PaidBy.EACH_PARTICIPANT) {
				continue;
			}
			Long party = (item.draft().paidBy() == PaidBy.PARTICIPANT) ? item.draft().advancedBy() : null;
			advances.merge(party, item.gross(), BigDecimal::add);
		}
		advances.forEach((party, amount) -> {
			if (amount.signum() != 0) {
				entries.add(new Object[] { party, "ADVANCE", amount.negate() });
			}
		});
		if (split.totalSubsidiesCents() != 0) {
			entries.add(new Object[] { null, "SUBSIDY", split.totalSubsidies() });
		}
		return entries;
	}

}
