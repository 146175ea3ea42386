package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.shared.validation.DateWindow;

/**
 * A call for deposits: a share of what each participant owes, due on a date.
 */
public class CashCallForm {

	private String label;

	private BigDecimal rate = BigDecimal.valueOf(50);

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(yearsBefore = 1, yearsAfter = 5)
	private LocalDate dueOn;

	private long version;

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public BigDecimal getRate() {
		return this.rate;
	}

	public void setRate(BigDecimal rate) {
		this.rate = rate;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
