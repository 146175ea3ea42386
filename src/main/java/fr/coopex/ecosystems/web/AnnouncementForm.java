package fr.coopex.ecosystems.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An announcement to every member; the PDF comes as a separate part of the request.
 *
 * @param confirmPriceTalk ticked once the author has read the price-talk warning (null
 * when the form does not send it: not ticked)
 */
record AnnouncementForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String text,
		Boolean confirmPriceTalk) {

	static AnnouncementForm empty() {
		return new AnnouncementForm(null, null, false);
	}

	boolean confirmed() {
		return Boolean.TRUE.equals(this.confirmPriceTalk);
	}

}
