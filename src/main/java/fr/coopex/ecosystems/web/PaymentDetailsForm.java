package fr.coopex.ecosystems.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.ecosystems.EcosystemPayments.PaymentDetails;

/**
 * An ecosystem's bank details as the coordinator types them (the IBAN with or without
 * spaces; its key is checked by the service).
 */
record PaymentDetailsForm(@NotBlank @Size(max = 140) String accountHolder, @NotBlank @Size(max = 50) String iban,
		@Size(max = 20) String bic) {

	static PaymentDetailsForm of(PaymentDetails details) {
		return new PaymentDetailsForm(details.accountHolder(), details.groupedIban(), details.bic());
	}

	static PaymentDetailsForm empty() {
		return new PaymentDetailsForm(null, null, null);
	}

	PaymentDetails toDetails() {
		return new PaymentDetails(this.accountHolder, this.iban, this.bic);
	}

}
