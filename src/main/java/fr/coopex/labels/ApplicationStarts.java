package fr.coopex.labels;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyIndicators;
import fr.coopex.ecosystems.EcosystemIndicators;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.labels.ApplicationAccess.Access;
import fr.coopex.labels.SchemeView.Criterion;
import fr.coopex.shared.security.CoopexUser;

/** Starts an application of an ecosystem to a scheme open to it, or its renewal. */
@Component
class ApplicationStarts {

	private final LabelApplications applications;

	private final LabelSchemes schemes;

	private final ApplicationAccess access;

	private final LabelDocuments documents;

	private final EcosystemManagement ecosystems;

	private final EcosystemIndicators ecosystemFacts;

	private final CompanyIndicators companies;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApplicationStarts(LabelApplications applications, LabelSchemes schemes, ApplicationAccess access,
			LabelDocuments documents, EcosystemManagement ecosystems, EcosystemIndicators ecosystemFacts,
			CompanyIndicators companies, JdbcTemplate jdbc, Clock clock) {
		this.applications = applications;
		this.schemes = schemes;
		this.access = access;
		this.documents = documents;
		this.ecosystems = ecosystems;
		this.ecosystemFacts = ecosystemFacts;
		this.companies = companies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The published schemes open to an ecosystem: one of its sectors is among the
	 * scheme's (or the scheme takes every sector) and one of its members is registered in
	 * one of the scheme's regions.
	 */
	List<SchemeView> openTo(CoopexUser coordinator, long ecosystemId) {
		requireCoordinator(coordinator, ecosystemId);
		EcosystemIndicators.Facts facts = this.ecosystemFacts.facts(ecosystemId, this.clock.instant())
			.orElseThrow(LabelException.NotFound::new);
		Set<String> regions = this.companies.regions(facts.activeCompanyIds());
		return this.schemes.published().stream().filter((s) -> isOpen(s, facts.sectors(), regions)).toList();
	}

	static boolean isOpen(SchemeView scheme, Set<String> sectors, Set<String> regions) {
		boolean sector = scheme.sectors().isEmpty() || scheme.sectors().stream().anyMatch(sectors::contains);
		return sector && scheme.regions().stream().anyMatch(regions::contains);
	}

	/** Starts an application of the ecosystem to a published scheme open to it. */
	long start(CoopexUser coordinator, long ecosystemId, long schemeId) {
		SchemeView scheme = this.schemes.find(schemeId).orElseThrow(LabelException.NotFound::new);
		if (scheme.status() != SchemeStatus.PUBLISHED
				|| openTo(coordinator, ecosystemId).stream().noneMatch((s) -> s.id() == schemeId)) {
			throw new LabelException(null, "labels.application.not-open");
		}
		boolean pending = this.applications.findByEcosystemIdOrderByIdDesc(ecosystemId)
			.stream()
			.anyMatch((a) -> !a.getStatus().isLabel() && a.getStatus() != ApplicationStatus.REFUSED
					&& family(a) == scheme.familyId());
		if (pending) {
			throw new LabelException(null, "labels.application.already-pending");
		}
		return this.applications
			.saveAndFlush(new LabelApplication(schemeId, ecosystemId, null, coordinator.id(), this.clock.instant()))
			.getId();
	}

	/**
	 * Starts a renewal from a previous application: to the scheme's current version, with
	 * the previous answers and documents of the criteria that kept their text.
	 */
	long renew(CoopexUser coordinator, long previousId) {
		Access previous = this.access.asCoordinator(coordinator, previousId);
		if (!previous.application().getStatus().isLabel()) {
			throw new LabelException(null, "labels.application.not-renewable");
		}
		SchemeView current = this.schemes.published()
			.stream()
			.filter((s) -> s.familyId() == previous.scheme().familyId())
			.findFirst()
			.orElseThrow(() -> new LabelException(null, "labels.application.not-open"));
		long id = start(coordinator, previous.application().getEcosystemId(), current.id());
		this.jdbc.update("update label_application set previous_id = ? where id = ?", previousId, id);
		Map<Long, Long> criteria = new LinkedHashMap<>();
		for (Criterion old : previous.scheme().criteria()) {
			current.criteria()
				.stream()
				.filter((c) -> c.kind() == old.kind() && c.textFr().equals(old.textFr()))
				.findFirst()
				.ifPresent((c) -> criteria.put(old.id(), c.id()));
		}
		criteria
			.forEach((from,
					to) -> this.jdbc.update("insert into label_answer (application_id, criterion_id, answer) "
							+ "select ?, ?, answer from label_answer where application_id = ? and criterion_id = ?", id,
							to, previousId, from));
		this.documents.copy(previousId, id, criteria);
		return id;
	}

	private long family(LabelApplication application) {
		return this.schemes.find(application.getSchemeId()).map(SchemeView::familyId).orElse(-1L);
	}

	private void requireCoordinator(CoopexUser user, long ecosystemId) {
		if (user == null || !this.ecosystems.isCoordinator(user, ecosystemId)) {
			throw new LabelException.Forbidden();
		}
	}

}
