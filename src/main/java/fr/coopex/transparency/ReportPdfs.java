package fr.coopex.transparency;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.coopex.shared.web.Dates;

/** Reports laid out as PDF, in the reader's language. */
@Component
class ReportPdfs {

	private final MessageSource messages;

	private final Dates dates;

	ReportPdfs(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	byte[] report(ReportView report, Locale locale) {
		PdfText t = new PdfText(this.messages, locale);
		ReportFigures f = report.figures();
		ReportPeriod period = f.reportPeriod();
		PdfLayout pdf = new PdfLayout(t.get("transparency.report.title", f.ecosystemName()));
		pdf.paragraph(t.get(period.messageKey(), String.valueOf(period.year())))
			.paragraph(t.get("transparency.report.version", report.version(),
					this.dates.format(report.publishedAt(), locale)))
			.paragraph(t.get("transparency.report.as-of", this.dates.format(f.asOf(), locale)));
		if (report.changes() != null) {
			pdf.paragraph(t.get("transparency.report.changes", report.changes()));
		}
		if (report.foreword() != null) {
			pdf.heading(t.get("transparency.report.foreword")).paragraph(report.foreword());
		}
		pdf.heading(t.get("transparency.members.title"))
			.table(List.of(t.get("transparency.members.joined"), t.get("transparency.members.left"),
					t.get("transparency.members.active")),
					List.of(List.of(count(f.members().joined()), count(f.members().left()),
							count(f.members().activeAtEnd()))),
					true, true, true);
		pdf.heading(t.get("transparency.actions.title"));
		if (f.actions().isEmpty()) {
			pdf.paragraph(t.get("transparency.actions.none"));
		}
		else {
			pdf.table(
					List.of(t.get("transparency.col.kind"), t.get("transparency.col.action"),
							t.get("transparency.col.keys"), t.get("transparency.col.participants"),
							t.get("transparency.col.total"), t.get("transparency.col.subsidies")),
					f.actions()
						.stream()
						.map((a) -> List.of(t.get("transparency.kind." + a.kind()), a.title(),
								String.join(", ", a.keys().stream().map((k) -> t.get("ledger.key." + k)).toList()),
								count(a.participants()), t.money(a.total()), t.money(a.subsidies())))
						.toList(),
					false, false, false, true, true, true);
		}
		pdf.heading(t.get("transparency.money.title"))
			.table(List.of(t.get("transparency.money.actions"), t.get("transparency.money.subsidies"),
					t.get("transparency.money.called"), t.get("transparency.money.collected")),
					List.of(List.of(t.money(f.actionsTotal()), t.money(f.subsidies()), t.money(f.cashCalled()),
							t.money(f.cashCollected()))),
					true, true, true, true);
		governance(pdf, f, t);
		pdf.heading(t.get("transparency.exchanges.title"))
			.table(List.of(t.get("transparency.exchanges.note"), t.get("transparency.exchanges.lead"),
					t.get("transparency.exchanges.announcement"), t.get("transparency.exchanges.confirmed-warnings")),
					List.of(exchanges(f.exchanges())), true, true, true, true);
		ReportFigures.Cooperation c = f.cooperation();
		pdf.heading(t.get("transparency.cooperation.title"))
			.paragraph(t.get("transparency.cooperation.basis"))
			.table(List.of(t.get("transparency.cooperation.companies"), t.get("transparency.cooperation.alone"),
					t.get("transparency.cooperation.paid"), t.get("transparency.cooperation.saved"),
					t.get("transparency.cooperation.missions"), t.get("transparency.cooperation.leads")),
					List.of(List.of(count(c.companies()), t.money(c.aloneCost()), t.money(c.paid()), t.money(c.saved()),
							count(c.missionsJoined()), count(c.leads()))),
					true, true, true, true, true, true);
		return pdf.bytes();
	}

	private void governance(PdfLayout pdf, ReportFigures f, PdfText t) {
		pdf.heading(t.get("transparency.meetings.title"));
		if (f.meetings().isEmpty()) {
			pdf.paragraph(t.get("transparency.meetings.none"));
		}
		else {
			pdf.table(
					List.of(t.get("transparency.col.date"), t.get("transparency.col.meeting"),
							t.get("transparency.col.attending"), t.get("transparency.col.minutes")),
					f.meetings()
						.stream()
						.map((m) -> List.of(t.date(m.day()), m.title(), count(m.companiesAttending()),
								t.get(m.minutesKept() ? "transparency.yes" : "transparency.no")))
						.toList(),
					false, false, true, false);
		}
		pdf.heading(t.get("transparency.consultations.title"));
		if (f.consultations().isEmpty()) {
			pdf.paragraph(t.get("transparency.consultations.none"));
		}
		else {
			pdf.table(
					List.of(t.get("transparency.col.date"), t.get("transparency.col.question"),
							t.get("transparency.col.votes"), t.get("transparency.col.outcome")),
					f.consultations()
						.stream()
						.map((c) -> List.of(t.date(c.closedOn()), c.question(),
								c.companiesVoted() + " / " + c.companiesEntitled(),
								t.get("transparency.outcome." + c.outcome())
										+ ((c.winningOption() != null) ? " : " + c.winningOption() : "")))
						.toList(),
					false, false, true, false);
		}
	}

	private static List<String> exchanges(Map<String, Long> counts) {
		return List.of("note", "lead", "announcement", "confirmed-warnings")
			.stream()
			.map((k) -> count(counts.getOrDefault(k, 0L)))
			.toList();
	}

	private static String count(long value) {
		return String.valueOf(value);
	}

}
