package fr.coopex.shared.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import com.lowagie.text.pdf.PdfReader;

/**
 * Checks that uploaded bytes are a PDF by their content (not their name or declared
 * type): they start as a PDF does, parse, and have at least one page; and that they are
 * within a size limit.
 */
public final class PdfContent {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private PdfContent() {
	}

	/** Whether the bytes are a PDF by their content, whatever their size. */
	public static boolean isPdf(byte[] content) {
		return problem(content, Integer.MAX_VALUE).isEmpty();
	}

	/** What is wrong with a file, each module saying it in its own words. */
	public enum Problem {

		EMPTY, TOO_LARGE, NOT_PDF

	}

	/**
	 * What is wrong with these bytes, or nothing when they are a PDF within the limit.
	 */
	public static Optional<Problem> problem(byte[] content, int maxBytes) {
		if (content == null || content.length == 0) {
			return Optional.of(Problem.EMPTY);
		}
		if (content.length > maxBytes) {
			return Optional.of(Problem.TOO_LARGE);
		}
		if (content.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
			return Optional.of(Problem.NOT_PDF);
		}
		try (PdfReader reader = new PdfReader(content)) {
			return (reader.getNumberOfPages() < 1) ? Optional.of(Problem.NOT_PDF) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(Problem.NOT_PDF);
		}
	}

}
