package fr.coopex.transparency;

/**
 * A transparency report was published (a first version or a correction): every member of
 * the ecosystem is told.
 *
 * @param period the period's code ({@code 2026}, {@code 2026-H1})
 * @param version 1 for the first report of the period, more for a correction
 */
public record ReportPublished(long reportId, long ecosystemId, String ecosystemName, String period, int version,
		boolean publicReport) {
}
