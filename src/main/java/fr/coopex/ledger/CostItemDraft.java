package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A cost item as a coordinator writes it.
 *
 * @param label what it is ("Surface nue 36 m²")
 * @param category what it is for (subsidies name categories)
 * @param amount the amount before VAT, in euros, at most 2 decimals
 * @param vatRate the VAT rate in percent (20.00), from 0 to 100
 * @param paidBy who advanced the money
 * @param advancedBy the participant that advanced it when {@code paidBy} is
 * {@link PaidBy#PARTICIPANT}, otherwise {@code null}
 * @param key how it is split, or {@code null} for the pool's key
 * @param restKey with {@link AllocationKey#FIXED}: how the rest is spread among the
 * participants without a fixed amount ({@code null}: the pool's key)
 * @param fixedAmounts with {@link AllocationKey#FIXED}: the fixed amount (before VAT) of
 * some participants, by company id
 */
public record CostItemDraft(String label, CostCategory category, BigDecimal amount, BigDecimal vatRate, PaidBy paidBy,
		Long advancedBy, AllocationKey key, AllocationKey restKey, Map<Long, BigDecimal> fixedAmounts) {

	public CostItemDraft {
		vatRate = (vatRate != null) ? vatRate : BigDecimal.ZERO;
		paidBy = (paidBy != null) ? paidBy : PaidBy.COORDINATION;
		fixedAmounts = (fixedAmounts != null) ? Map.copyOf(fixedAmounts) : Map.of();
	}

	/** An item advanced by the coordination body, split by the pool's key. */
	public static CostItemDraft of(String label, CostCategory category, BigDecimal amount, BigDecimal vatRate) {
		return new CostItemDraft(label, category, amount, vatRate, PaidBy.COORDINATION, null, null, null, null);
	}

	/** The same item split by another key. */
	public CostItemDraft splitBy(AllocationKey otherKey) {
		return new CostItemDraft(this.label, this.category, this.amount, this.vatRate, this.paidBy, this.advancedBy,
				otherKey, this.restKey, this.fixedAmounts);
	}

	/** The same item, advanced by another party. */
	public CostItemDraft paidBy(PaidBy payer, Long participant) {
		return new CostItemDraft(this.label, this.category, this.amount, this.vatRate, payer, participant, this.key,
				this.restKey, this.fixedAmounts);
	}

	/** The same item with fixed amounts for some, the rest spread by {@code rest}. */
	public CostItemDraft fixed(Map<Long, BigDecimal> amounts, AllocationKey rest) {
		return new CostItemDraft(this.label, this.category, this.amount, this.vatRate, this.paidBy, this.advancedBy,
				AllocationKey.FIXED, rest, amounts);
	}

}
