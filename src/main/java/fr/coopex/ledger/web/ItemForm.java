package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.CostCategory;
import fr.coopex.ledger.CostItemDraft;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PaidBy;

/**
 * A cost item as the coordinator types it. Fixed amounts are lines
 * {@code company id = amount}.
 */
public class ItemForm {

	private String label;

	private CostCategory category = CostCategory.SPACE;

	private BigDecimal amount;

	private BigDecimal vatRate = BigDecimal.valueOf(20);

	private PaidBy paidBy = PaidBy.COORDINATION;

	private Long advancedBy;

	private AllocationKey key;

	private AllocationKey restKey;

	private String fixedAmounts;

	private long version;

	CostItemDraft toDraft() {
		return new CostItemDraft(this.label, this.category, this.amount, this.vatRate, this.paidBy, this.advancedBy,
				this.key, this.restKey, parseFixed());
	}

	private Map<Long, BigDecimal> parseFixed() {
		Map<Long, BigDecimal> fixed = new LinkedHashMap<>();
		if (this.key != AllocationKey.FIXED || this.fixedAmounts == null) {
			return fixed;
		}
		for (String line : this.fixedAmounts.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("=");
			try {
				fixed.put(Long.parseLong(parts[0].strip()), fr.coopex.shared.money.Amounts.parse(parts[1], null));
			}
			catch (RuntimeException ex) {
				throw new LedgerException("fixedAmounts", "typeMismatch");
			}
		}
		return fixed;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public CostCategory getCategory() {
		return this.category;
	}

	public void setCategory(CostCategory category) {
		this.category = category;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public BigDecimal getVatRate() {
		return this.vatRate;
	}

	public void setVatRate(BigDecimal vatRate) {
		this.vatRate = vatRate;
	}

	public PaidBy getPaidBy() {
		return this.paidBy;
	}

	public void setPaidBy(PaidBy paidBy) {
		this.paidBy = paidBy;
	}

	public Long getAdvancedBy() {
		return this.advancedBy;
	}

	public void setAdvancedBy(Long advancedBy) {
		this.advancedBy = advancedBy;
	}

	public AllocationKey getKey() {
		return this.key;
	}

	public void setKey(AllocationKey key) {
		this.key = key;
	}

	public AllocationKey getRestKey() {
		return this.restKey;
	}

	public void setRestKey(AllocationKey restKey) {
		this.restKey = restKey;
	}

	public String getFixedAmounts() {
		return this.fixedAmounts;
	}

	public void setFixedAmounts(String fixedAmounts) {
		this.fixedAmounts = fixedAmounts;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
