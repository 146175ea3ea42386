package fr.coopex.transparency;

import java.time.Instant;

/**
 * A published report as its readers see it.
 *
 * @param changes what this version corrects (null for a first version)
 * @param latestId the id of the latest version of the same period (its own id when it is
 * the latest)
 */
public record ReportView(long id, long ecosystemId, int version, String changes, String foreword, boolean publicReport,
		Instant publishedAt, ReportFigures figures, long latestId) {

	public ReportPeriod period() {
		return this.figures.reportPeriod();
	}

	public boolean superseded() {
		return this.latestId != this.id;
	}

}
