package fr.coopex.transparency.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

/** A reference price per m² for a fair (all costs, VAT included). */
record PriceForm(@NotNull Long fairId, @NotNull BigDecimal price) {

	static PriceForm blank() {
		return new PriceForm(null, null);
	}

}
