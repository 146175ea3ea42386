package fr.coopex.ledger;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import fr.coopex.ledger.StatementDocument.Table;
import fr.coopex.shared.config.CacheConfiguration;
import fr.coopex.shared.money.MoneyFormat;

/** Statements laid out as PDF. */
@Component
class StatementPdfs {

	/**
	 * The document as a PDF: amounts and dates as the reader writes them. Laying out a
	 * PDF costs far more than reading its data, and a statement is downloaded again and
	 * again while its pool does not change: the same document gives the same bytes, kept
	 * by the document itself (which holds the names as its reader may see them).
	 */
	@Cacheable(cacheNames = CacheConfiguration.LEDGER_STATEMENT_PDFS, key = "#statement")
	public byte[] pdf(StatementDocument statement) {
		String title = statement.title();
		Locale locale = statement.locale();
		Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, 14);
		Font headingFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, 9);
		Font bodyFont = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, 9);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		com.lowagie.text.Document document = new com.lowagie.text.Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.addCreator("Coopex");
		document.open();
		document.add(new Paragraph(pdfText(title), titleFont));
		for (String line : statement.header()) {
			document.add(new Paragraph(pdfText(line), bodyFont));
		}
		for (Table table : statement.tables()) {
			Paragraph heading = new Paragraph(pdfText(table.title()), headingFont);
			heading.setSpacingBefore(12);
			heading.setSpacingAfter(4);
			document.add(heading);
			PdfPTable grid = new PdfPTable(table.headings().size());
			grid.setWidthPercentage(100);
			grid.setHeaderRows(1);
			for (String cell : table.headings()) {
				PdfPCell c = new PdfPCell(new Phrase(pdfText(cell), headingFont));
				c.setBackgroundColor(new Color(230, 236, 245));
				grid.addCell(c);
			}
			for (List<Object> row : table.rows()) {
				for (Object value : row) {
					boolean number = value instanceof BigDecimal;
					String shown = number ? MoneyFormat.euros((BigDecimal) value, locale)
							: (value instanceof LocalDate day) ? LedgerStatements.date(day, locale)
									: String.valueOf(value);
					PdfPCell c = new PdfPCell(new Phrase(pdfText(shown), bodyFont));
					if (number) {
						c.setHorizontalAlignment(Element.ALIGN_RIGHT);
					}
					grid.addCell(c);
				}
			}
			document.add(grid);
		}
		document.close();
		return out.toByteArray();
	}

	/** The standard PDF fonts know Windows-1252: narrow spaces become spaces. */
	private static String pdfText(String text) {
		return text.replace('\u202F', ' ').replace('\u00A0', ' ');
	}

}
