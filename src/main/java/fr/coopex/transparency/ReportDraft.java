package fr.coopex.transparency;

import java.time.LocalDate;

/**
 * What the coordinator chooses for a report: the period ({@link ReportPeriod#code()}), a
 * foreword, whether it is public, and for a correction what changed.
 */
public record ReportDraft(String period, String foreword, boolean publicReport, String changes) {

	/** The longest foreword accepted. */
	public static final int FOREWORD_MAX = 4000;

	/** The longest note of what a correction changed. */
	public static final int CHANGES_MAX = 1000;

	/**
	 * The period of the draft, checked with the foreword's length.
	 * @throws TransparencyException naming the field at fault
	 */
	ReportPeriod checkedPeriod(LocalDate today) {
		ReportPeriod period = ReportPeriod.parse(this.period)
			.orElseThrow(() -> new TransparencyException("period", "transparency.period.invalid"));
		if (period.isFuture(today)) {
			throw new TransparencyException("period", "transparency.period.future");
		}
		if (this.foreword != null && this.foreword.length() > FOREWORD_MAX) {
			throw new TransparencyException("foreword", "transparency.foreword.too-long");
		}
		return period;
	}

	/**
	 * Checks the note of what changed, required for a correction of a published report.
	 * @throws TransparencyException on the field {@code changes}
	 */
	void checkChanges(boolean correction) {
		if (!correction) {
			return;
		}
		if (this.changes == null || this.changes.isBlank()) {
			throw new TransparencyException("changes", "transparency.changes.required");
		}
		if (this.changes.length() > CHANGES_MAX) {
			throw new TransparencyException("changes", "transparency.changes.too-long");
		}
	}

}
