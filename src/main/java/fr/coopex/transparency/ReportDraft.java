package fr.coopex.transparency;

/**
 * What the coordinator chooses for a report: the period ({@link ReportPeriod#code()}), a
 * foreword, whether it is public, and for a correction what changed.
 */
public record ReportDraft(String period, String foreword, boolean publicReport, String changes) {

	/** The longest foreword accepted. */
	public static final int FOREWORD_MAX = 4000;

	/** The longest note of what a correction changed. */
	public static final int CHANGES_MAX = 1000;

}
