package fr.coopex.transparency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.coopex.transparency.ReportDraft;

/**
 * A report to preview or publish: the period's code, the foreword, whether it is public,
 * and for a correction what changed.
 */
record ReportForm(@NotBlank @Size(max = 7) String period, @Size(max = ReportDraft.FOREWORD_MAX) String foreword,
		Boolean publicReport, @Size(max = ReportDraft.CHANGES_MAX) String changes) {

	static ReportForm blank(String period) {
		return new ReportForm(period, null, false, null);
	}

	ReportDraft toDraft() {
		return new ReportDraft(this.period, this.foreword, Boolean.TRUE.equals(this.publicReport), this.changes);
	}

}
