package fr.coopex.aids;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

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

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.shared.money.MoneyFormat;

/**
 * The attestation a firm attaches to its next application: every de minimis aid of the
 * rolling period (who granted it, when, how much), the total, the ceiling and its source,
 * laid out as the ledger's statements are.
 */
@Component
public class DeMinimisAttestation {

	/**
	 * What the attestation shows.
	 *
	 * @param company the firm's name
	 * @param madeOn the day it is made
	 * @param entries the aids of the period, oldest first
	 * @param summary the total against the ceiling
	 */
	public record Content(String company, LocalDate madeOn, List<DeMinimisEntry> entries, DeMinimisSummary summary) {
	}

	private final MessageSource messages;

	DeMinimisAttestation(MessageSource messages) {
		this.messages = messages;
	}

	/** The attestation as a PDF in the reader's language. */
	public byte[] pdf(Content content, Locale reader) {
		Locale locale = DeMinimisRegister.language(reader);
		Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, 14);
		Font headingFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, 9);
		Font bodyFont = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, 9);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		String title = text("aids.de-minimis.attestation.title", locale);
		document.addTitle(title);
		document.addCreator("Coopex");
		document.open();
		DeMinimisSummary summary = content.summary();
		document.add(new Paragraph(pdf(title), titleFont));
		document
			.add(new Paragraph(pdf(text("aids.de-minimis.attestation.company", locale, content.company())), bodyFont));
		document.add(new Paragraph(pdf(text("aids.de-minimis.attestation.period", locale, date(summary.from(), locale),
				date(summary.to(), locale))), bodyFont));
		PdfPTable grid = new PdfPTable(4);
		grid.setWidthPercentage(100);
		grid.setSpacingBefore(12);
		grid.setHeaderRows(1);
		for (String heading : List.of("aids.de-minimis.aid", "aids.de-minimis.granting-body",
				"aids.de-minimis.granted-on", "aids.de-minimis.amount")) {
			PdfPCell cell = new PdfPCell(new Phrase(pdf(text(heading, locale)), headingFont));
			cell.setBackgroundColor(new Color(230, 236, 245));
			grid.addCell(cell);
		}
		for (DeMinimisEntry entry : content.entries()) {
			grid.addCell(new PdfPCell(new Phrase(pdf(entry.name()), bodyFont)));
			grid.addCell(new PdfPCell(new Phrase(pdf(entry.grantingBody()), bodyFont)));
			grid.addCell(new PdfPCell(new Phrase(pdf(date(entry.grantedOn(), locale)), bodyFont)));
			PdfPCell amount = new PdfPCell(new Phrase(pdf(MoneyFormat.euros(entry.amount(), locale)), bodyFont));
			amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
			grid.addCell(amount);
		}
		document.add(grid);
		Paragraph total = new Paragraph(
				pdf(text("aids.de-minimis.attestation.total", locale, MoneyFormat.euros(summary.total(), locale),
						MoneyFormat.euros(summary.ceiling(), locale), MoneyFormat.euros(summary.remaining(), locale))),
				headingFont);
		total.setSpacingBefore(12);
		document.add(total);
		document.add(new Paragraph(pdf(text("aids.de-minimis.source", locale, summary.source())), bodyFont));
		Paragraph made = new Paragraph(
				pdf(text("aids.de-minimis.attestation.made-on", locale, date(content.madeOn(), locale))), bodyFont);
		made.setSpacingBefore(12);
		document.add(made);
		document.close();
		return out.toByteArray();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	/** The standard PDF fonts know Windows-1252: narrow spaces become spaces. */
	private static String pdf(String text) {
		return text.replace('\u202F', ' ').replace('\u00A0', ' ');
	}

}
