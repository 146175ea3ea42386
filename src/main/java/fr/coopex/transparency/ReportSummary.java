package fr.coopex.transparency;

import java.time.Instant;

/** A published report in a list. */
public record ReportSummary(long id, long ecosystemId, ReportPeriod period, int version, boolean publicReport,
		Instant publishedAt, String changes) {

	static ReportSummary of(ReportStore.Stored stored) {
		return new ReportSummary(stored.id(), stored.ecosystemId(), ReportPeriod.parse(stored.period()).orElseThrow(),
				stored.version(), stored.publicReport(), stored.publishedAt(), stored.changes());
	}

}
