package fr.coopex.ecosystems.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** The minutes of a meeting: a text, a PDF, or both. */
record MinutesForm(@Size(max = 20000) String minutesText, MultipartFile file) {

	static MinutesForm empty() {
		return new MinutesForm(null, null);
	}

	byte[] content() {
		try {
			return (this.file == null || this.file.isEmpty()) ? null : this.file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String fileName() {
		return (this.file == null) ? null : this.file.getOriginalFilename();
	}

}
