package fr.coopex.fairs.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

/**
 * A company's booking of stand area, or its change.
 */
public class BookingForm {

	@NotNull
	private BigDecimal area;

	/** The version of the company's booking the page showed; none for a first booking. */
	private Long version;

	public BigDecimal getArea() {
		return this.area;
	}

	public void setArea(BigDecimal area) {
		this.area = area;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
