package fr.coopex.transparency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.shared.security.CoopexUser;

/**
 * Transparency reports: coordinators preview and publish them; members read them and
 * download their PDF; public ones anyone. Every method checks who asks: a report or an
 * ecosystem the caller may not see is a {@link ReportNotFoundException}; a refused draft
 * a {@link TransparencyException} naming its field.
 */
@Service
public class TransparencyReports {

	private final ReportCalculator calculator;

	private final ReportStore store;

	private final ReportPdfs pdfs;

	private final EcosystemManagement ecosystems;

	private final CooperationStatements statements;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TransparencyReports(ReportCalculator calculator, ReportStore store, ReportPdfs pdfs, EcosystemManagement ecosystems,
			CooperationStatements statements, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.calculator = calculator;
		this.store = store;
		this.pdfs = pdfs;
		this.ecosystems = ecosystems;
		this.statements = statements;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** The figures the report would show if published now (coordinators). */
	@Transactional(readOnly = true)
	public ReportFigures preview(CoopexUser coordinator, long ecosystemId, ReportDraft draft) {
		this.statements.requireCoordinator(coordinator, ecosystemId);
		return this.calculator.compute(ecosystemId, check(ecosystemId, draft));
	}

	/**
	 * Publishes the report: its figures as computed now and its PDF in each language are
	 * kept unchanged. Every member is told.
	 * @return the report's id
	 */
	@Transactional
	public long publish(CoopexUser coordinator, long ecosystemId, ReportDraft draft) {
		this.statements.requireCoordinator(coordinator, ecosystemId);
		ReportPeriod period = check(ecosystemId, draft);
		ReportFigures figures = this.calculator.compute(ecosystemId, period);
		int version = this.store.latestVersion(ecosystemId, period.code()) + 1;
		Instant now = this.clock.instant();
		ReportStore.Stored stored = new ReportStore.Stored(0, ecosystemId, period.code(), version,
				(version > 1) ? draft.changes().strip() : null, blankToNull(draft.foreword()), draft.publicReport(),
				this.json.writeValueAsString(figures), coordinator.id(), now);
		ReportView view = ReportView.of(stored, figures, 0);
		long id = this.store.insert(stored, period, this.pdfs.report(view, Locale.FRENCH),
				this.pdfs.report(view, Locale.ENGLISH));
		this.events.publishEvent(new ReportPublished(id, ecosystemId, figures.ecosystemName(), period.code(), version,
				draft.publicReport()));
		return id;
	}

	/**
	 * A published report, for its ecosystem's members and coordinators, or anyone if
	 * public.
	 */
	@Transactional(readOnly = true)
	public ReportView report(CoopexUser viewer, long reportId) {
		ReportStore.Stored stored = readable(viewer, reportId);
		List<ReportStore.Stored> same = this.store.list(stored.ecosystemId(), false)
			.stream()
			.filter((r) -> r.period().equals(stored.period()))
			.toList();
		return ReportView.of(stored, this.json.readValue(stored.figures(), ReportFigures.class), same.get(0).id());
	}

	/** The PDF kept at publication, in the reader's language (French otherwise). */
	@Transactional(readOnly = true)
	public byte[] pdf(CoopexUser viewer, long reportId, Locale locale) {
		readable(viewer, reportId);
		return this.store.pdf(reportId, "en".equals(locale.getLanguage())).orElseThrow(ReportNotFoundException::new);
	}

	/** Every report of the ecosystem (members and coordinators), the latest first. */
	@Transactional(readOnly = true)
	public List<ReportSummary> reports(CoopexUser viewer, long ecosystemId) {
		if (viewer == null || !this.ecosystems.standing(viewer, ecosystemId).insider()) {
			throw new ReportNotFoundException();
		}
		return this.store.list(ecosystemId, false).stream().map(ReportSummary::of).toList();
	}

	/** The latest version of each public report of the ecosystem (anyone). */
	@Transactional(readOnly = true)
	public List<ReportSummary> publicReports(long ecosystemId) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return this.store.list(ecosystemId, true)
			.stream()
			.filter((r) -> seen.add(r.period()))
			.map(ReportSummary::of)
			.toList();
	}

	/** The periods a report may be published for today. */
	public List<ReportPeriod> periods() {
		return ReportPeriod.choices(this.statements.today(), 5);
	}

	private ReportStore.Stored readable(CoopexUser viewer, long reportId) {
		ReportStore.Stored stored = this.store.find(reportId).orElseThrow(ReportNotFoundException::new);
		if (!stored.publicReport()
				&& (viewer == null || !this.ecosystems.standing(viewer, stored.ecosystemId()).insider())) {
			throw new ReportNotFoundException();
		}
		return stored;
	}

	private ReportPeriod check(long ecosystemId, ReportDraft draft) {
		ReportPeriod period = draft.checkedPeriod(this.statements.today());
		draft.checkChanges(this.store.latestVersion(ecosystemId, period.code()) > 0);
		return period;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
