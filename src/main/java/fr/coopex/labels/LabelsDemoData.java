package fr.coopex.labels;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import fr.coopex.labels.SchemeDraft.CriterionDraft;

/**
 * The demo's label scheme and the PDF it attaches, as the labels demo seeder writes them.
 */
final class LabelsDemoData {

	private LabelsDemoData() {
	}

	static SchemeDraft scheme() {
		return new SchemeDraft("Écosystème export exemplaire", "Exemplary export ecosystem",
				"Le label régional des écosystèmes de PME qui exportent ensemble : une coopération réelle, coordonnée, aux comptes tenus.",
				"The regional label of SME ecosystems that export together: real cooperation, coordinated, with accounts kept.",
				List.of("GRAND_EST", "PAYS_DE_LA_LOIRE", "OCCITANIE"), List.of("26", "27", "28"), 24,
				List.of(new CriterionDraft(CriterionKind.INDICATOR, "Au moins trois entreprises membres actives",
						"At least three active member companies", Indicator.ACTIVE_MEMBERS, Comparison.AT_LEAST,
						new BigDecimal("3")),
						new CriterionDraft(CriterionKind.INDICATOR,
								"La charte en vigueur acceptée par au moins deux membres",
								"The current charter accepted by at least two members", Indicator.CHARTER_ACCEPTED,
								Comparison.AT_LEAST, new BigDecimal("2")),
						new CriterionDraft(CriterionKind.INDICATOR,
								"Aucun appel de fonds impayé depuis plus de 60 jours",
								"No cash call unpaid for more than 60 days", Indicator.CASH_CALLS_OVERDUE_60D,
								Comparison.AT_MOST, BigDecimal.ZERO),
						new CriterionDraft(CriterionKind.DECLARATION, "Décrivez la gouvernance de l’écosystème",
								"Describe how the ecosystem is governed", null, null, null),
						new CriterionDraft(CriterionKind.DOCUMENT, "Dernier rapport de transparence (PDF)",
								"Latest transparency report (PDF)", null, null, null)));
	}

	static byte[] pdf(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(text));
		document.close();
		return out.toByteArray();
	}

}
