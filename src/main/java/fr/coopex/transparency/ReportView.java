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

	/** The view of a stored report: {@code latestId} 0 when it is the latest. */
	static ReportView of(ReportStore.Stored stored, ReportFigures figures, long latestId) {
		return new ReportView(stored.id(), stored.ecosystemId(), stored.version(), stored.changes(), stored.foreword(),
				stored.publicReport(), stored.publishedAt(), figures, (latestId == 0) ? stored.id() : latestId);
	}

}
