package fr.coopex.transparency;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.transparency.CooperationStatement.Part;
import fr.coopex.transparency.CooperationStatement.StandLine;

/** Lays out a company's cooperation statement as PDF, in the reader's language. */
@Component
class StatementPdf {

	private final MessageSource messages;

	StatementPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] statement(CooperationStatement statement, Locale locale) {
		PdfText t = new PdfText(this.messages, locale);
		PdfLayout pdf = new PdfLayout(
				t.get("transparency.statement.title", statement.companyName(), String.valueOf(statement.year())));
		pdf.paragraph(t.get("transparency.cooperation.basis"));
		for (Part part : statement.parts()) {
			pdf.heading(part.ecosystemName());
			if (!part.stands().isEmpty()) {
				pdf.table(
						List.of(t.get("transparency.col.stand"), t.get("transparency.col.area"),
								t.get("transparency.col.price"), t.get("transparency.cooperation.alone"),
								t.get("transparency.col.share"), t.get("transparency.col.subsidies"),
								t.get("transparency.cooperation.paid"), t.get("transparency.cooperation.saved")),
						part.stands().stream().map((s) -> standRow(s, t)).toList(), false, true, false, true, true,
						true, true, true);
			}
			pdf.paragraph(t.get("transparency.statement.part", t.money(part.subsidies()),
					t.money(part.missionSubsidies()), part.missionsJoined(), part.leads(), t.money(part.saved())));
		}
		pdf.heading(t.get("transparency.statement.total"))
			.paragraph(t.get("transparency.statement.totals", t.money(statement.aloneCost()), t.money(statement.paid()),
					t.money(statement.subsidies()), statement.missionsJoined(), statement.leads(),
					t.money(statement.saved())));
		if (statement.empty()) {
			pdf.paragraph(t.get("transparency.statement.empty"));
		}
		return pdf.bytes();
	}

	private static List<String> standRow(StandLine s, PdfText t) {
		String price = switch (s.basis()) {
			case REFERENCE -> t.get("transparency.basis.REFERENCE", t.money(s.pricePerM2()));
			case POOL -> t.get("transparency.basis.POOL", t.money(s.pricePerM2()));
			case NONE -> t.get("transparency.basis.NONE");
		};
		return List.of(s.title() + " (" + s.fairName() + ")", s.area().stripTrailingZeros().toPlainString() + " m²",
				price, t.money(s.aloneCost()), t.money(s.cost()), t.money(s.subsidy()), t.money(s.paid()),
				t.money(s.saved()));
	}

}
