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

	private List<FixedAmount> fixedAmounts = new ArrayList<>();

	/** One row of fixed amounts: a participant and what it pays of the item. */
	public static class FixedAmount {

		private Long company;

		private BigDecimal amount;

		public FixedAmount() {
		}

		FixedAmount(Long company, BigDecimal amount) {
			this.company = company;
			this.amount = amount;
		}

		public Long getCompany() {
			return this.company;
		}

		public void setCompany(Long company) {
			this.company = company;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

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
		for (FixedAmount row : this.fixedAmounts) {
			if (row == null || row.getCompany() == null) {
				continue;
			}
			if (row.getAmount() == null || fixed.containsKey(row.getCompany())) {
				throw new LedgerException("fixedAmounts", "ledger.item.fixed-row-invalid");
			}
			fixed.put(row.getCompany(), row.getAmount());
		}
		return fixed;
	}

	/** The rows to show: those given, then empty ones up to {@code rows}. */
	void padFixedAmounts(int rows) {
		while (this.fixedAmounts.size() < rows) {
			this.fixedAmounts.add(new FixedAmount());
		}
	}

	void fixedAmountsOf(Map<Long, BigDecimal> amounts) {
		this.fixedAmounts = new ArrayList<>();
		amounts.forEach((company, amount) -> this.fixedAmounts.add(new FixedAmount(company, amount)));
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

	public List<FixedAmount> getFixedAmounts() {
		return this.fixedAmounts;
	}

	public void setFixedAmounts(List<FixedAmount> fixedAmounts) {
		this.fixedAmounts = (fixedAmounts != null) ? fixedAmounts : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
