package fr.coopex.ecosystems.web;

import java.io.IOException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * An announcement to every member, with an optional PDF.
 *
 * @param confirmPriceTalk ticked once the author has read the price-talk warning (null
 * when the form does not send it: not ticked)
 */
record AnnouncementForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String text,
		Boolean confirmPriceTalk, MultipartFile file) {

	static AnnouncementForm empty() {
		return new AnnouncementForm(null, null, false, null);
	}

	/** The file's bytes, or none when no file was chosen. */
	byte[] content() throws IOException {
		return (this.file == null) ? null : this.file.getBytes();
	}

	String fileName() {
		return (this.file == null) ? null : this.file.getOriginalFilename();
	}

	boolean confirmed() {
		return Boolean.TRUE.equals(this.confirmPriceTalk);
	}

}
