package fr.coopex.transparency;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the labelling of an ecosystem reads of its transparency: counts. Read-only. */
@Component
public class TransparencyIndicators {

	private final ReportStore store;

	TransparencyIndicators(ReportStore store) {
		this.store = store;
	}

	/** Public reports (every version) the ecosystem published between two instants. */
	@Transactional(readOnly = true)
	public long publicReportsBetween(long ecosystemId, Instant from, Instant until) {
		return this.store.countPublic(ecosystemId, from, until);
	}

}
