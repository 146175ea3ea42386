package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PaidBy;

/**
 * A cost item as the coordinator types it. Fixed amounts are rows: a company chosen by
 * its name and an amount (rows left without a company are ignored).
 *
 * @param version the version of the pool the form was built on
 */
record ItemForm(String label, CostCategory category, BigDecimal amount, BigDecimal vatRate, PaidBy paidBy,
		Long advancedBy, AllocationKey key, AllocationKey restKey, List<FixedAmount> fixedAmounts, Long version) {

	ItemForm {
		fixedAmounts = (fixedAmounts != null) ? new ArrayList<>(fixedAmounts) : new ArrayList<>();
	}

	/** One row of fixed amounts: a participant and what it pays of the item. */
	record FixedAmount(Long company, BigDecimal amount) {
	}

	/**
	 * A new item on this version of the pool, with {@code rows} empty rows of fixed
	 * amounts.
	 */
	static ItemForm blank(long version, int rows) {
		return new ItemForm(null, CostCategory.SPACE, null, BigDecimal.valueOf(20), PaidBy.COORDINATION, null, null,
				null, null, version)
			.withRows(rows);
	}

	/** An item as stored, to edit on this version of the pool. */
	static ItemForm of(CostItemDraft item, long version, int rows) {
		List<FixedAmount> fixed = new ArrayList<>();
		item.fixedAmounts().forEach((company, amount) -> fixed.add(new FixedAmount(company, amount)));
		return new ItemForm(item.label(), item.category(), item.amount(), item.vatRate(), item.paidBy(),
				item.advancedBy(), item.key(), item.restKey(), fixed, version)
			.withRows(rows);
	}

	/** The rows to show: those given, then empty ones up to {@code rows}. */
	ItemForm withRows(int rows) {
		List<FixedAmount> padded = new ArrayList<>(this.fixedAmounts);
		while (padded.size() < rows) {
			padded.add(new FixedAmount(null, null));
		}
		return new ItemForm(this.label, this.category, this.amount, this.vatRate, this.paidBy, this.advancedBy,
				this.key, this.restKey, padded, this.version);
	}

	CostItemDraft toDraft() {
		return new CostItemDraft(this.label, this.category, this.amount, this.vatRate, this.paidBy, this.advancedBy,
				this.key, this.restKey, parseFixed());
	}

	private Map<Long, BigDecimal> parseFixed() {
		Map<Long, BigDecimal> fixed = new LinkedHashMap<>();
		if (this.key != AllocationKey.FIXED) {
			return fixed;
		}
		for (FixedAmount row : this.fixedAmounts) {
			if (row == null || row.company() == null) {
				continue;
			}
			if (row.amount() == null || fixed.containsKey(row.company())) {
				throw new LedgerException("fixedAmounts", "ledger.item.fixed-row-invalid");
			}
			fixed.put(row.company(), row.amount());
		}
		return fixed;
	}

}
