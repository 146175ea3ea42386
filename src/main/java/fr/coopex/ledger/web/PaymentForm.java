package fr.coopex.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.ledger.Ledger.PaymentDraft;

import fr.coopex.shared.validation.DateWindow;

/**
 * A payment between two parties; {@code 0} stands for the coordination body.
 */
public class PaymentForm {

	private long payer;

	private long payee;

	private BigDecimal amount;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateWindow(earliest = "2000-01-01", yearsBefore = 100, yearsAfter = 1)
	private LocalDate paidOn;

	private String reference;

	private long version;

	PaymentDraft toDraft() {
		return new PaymentDraft((this.payer == 0) ? null : this.payer, (this.payee == 0) ? null : this.payee,
				this.amount, this.paidOn, this.reference);
	}

	public long getPayer() {
		return this.payer;
	}

	public void setPayer(long payer) {
		this.payer = payer;
	}

	public long getPayee() {
		return this.payee;
	}

	public void setPayee(long payee) {
		this.payee = payee;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public LocalDate getPaidOn() {
		return this.paidOn;
	}

	public void setPaidOn(LocalDate paidOn) {
		this.paidOn = paidOn;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
