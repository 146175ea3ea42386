package fr.coopex.fairs.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import fr.coopex.fairs.StandPage;

/**
 * A company's booking of stand area, or its change.
 *
 * @param version the version of the company's booking the page showed; none for a first
 * booking
 */
record BookingForm(@NotNull BigDecimal area, Long version) {

	/**
	 * The form as the stand page shows it: the company's current area, if it holds one.
	 */
	static BookingForm of(StandPage page) {
		StandPage.Booking own = page.own();
		return new BookingForm((own != null && own.status().holdsArea()) ? own.area() : null,
				(own == null) ? null : own.version());
	}

}
