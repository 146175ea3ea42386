package fr.coopex.missions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A market note shared with every participant.
 */
record FindingForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String text) {

	static FindingForm empty() {
		return new FindingForm(null, null);
	}

}
