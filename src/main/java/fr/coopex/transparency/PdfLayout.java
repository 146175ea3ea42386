package fr.coopex.transparency;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A PDF written top to bottom: a title, paragraphs, headed sections and tables whose
 * columns of amounts are aligned right. Texts come already in the reader's language.
 */
final class PdfLayout {

	private static final Font TITLE = font(FontFactory.HELVETICA_BOLD, 14);

	private static final Font HEADING = font(FontFactory.HELVETICA_BOLD, 10);

	private static final Font BODY = font(FontFactory.HELVETICA, 9);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final Document document = new Document(PageSize.A4, 36, 36, 36, 36);

	PdfLayout(String title) {
		PdfWriter.getInstance(this.document, this.out);
		this.document.addTitle(title);
		this.document.addCreator("Coopex");
		this.document.open();
		this.document.add(new Paragraph(text(title), TITLE));
	}

	PdfLayout paragraph(String text) {
		this.document.add(new Paragraph(text(text), BODY));
		return this;
	}

	PdfLayout heading(String text) {
		Paragraph heading = new Paragraph(text(text), HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		this.document.add(heading);
		return this;
	}

	/**
	 * A table; {@code right} marks the columns aligned right (amounts, counts).
	 */
	PdfLayout table(List<String> headings, List<List<String>> rows, boolean... right) {
		PdfPTable grid = new PdfPTable(headings.size());
		grid.setWidthPercentage(100);
		grid.setHeaderRows(1);
		for (String cell : headings) {
			PdfPCell c = new PdfPCell(new Phrase(text(cell), HEADING));
			c.setBackgroundColor(new Color(230, 236, 245));
			grid.addCell(c);
		}
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				PdfPCell c = new PdfPCell(new Phrase(text(row.get(i)), BODY));
				if (i < right.length && right[i]) {
					c.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				grid.addCell(c);
			}
		}
		this.document.add(grid);
		return this;
	}

	byte[] bytes() {
		this.document.close();
		return this.out.toByteArray();
	}

	private static Font font(String name, float size) {
		return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size);
	}

	/** The standard PDF fonts know Windows-1252: narrow spaces become spaces. */
	private static String text(String text) {
		return (text != null) ? text.replace('\u202F', ' ').replace('\u00A0', ' ') : "";
	}

}
