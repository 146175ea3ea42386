package fr.coopex.missions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A market note shared with every participant.
 *
 * @param confirmPriceTalk the author read the price-talk warning and shares the note
 * anyway
 */
record FindingForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String text,
		Boolean confirmPriceTalk) {

	static FindingForm empty() {
		return new FindingForm(null, null, false);
	}

	/** Whether the author confirmed the text after the price-talk warning. */
	boolean priceTalkConfirmed() {
		return Boolean.TRUE.equals(this.confirmPriceTalk);
	}

}
