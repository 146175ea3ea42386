package fr.coopex.shared.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.lowagie.text.pdf.PdfReader;

/**
 * Whether uploaded bytes are a PDF by their content, not by their name or declared type:
 * they start as a PDF does and parse into at least one page.
 */
public final class PdfContent {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private PdfContent() {
	}

	public static boolean isPdf(byte[] content) {
		if (content == null || content.length < PDF_MAGIC.length
				|| !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
			return false;
		}
		try (PdfReader reader = new PdfReader(content)) {
			return reader.getNumberOfPages() >= 1;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
