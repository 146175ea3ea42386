package fr.coopex.labels;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.labels.ApplicationAccess.Access;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Reads applications for the people who may: an agency only the applications to its own
 * schemes, a coordinator only those of the ecosystems they coordinate.
 */
@Service
public class ApplicationReader {

	private final LabelApplications applications;

	private final ApplicationAccess access;

	private final LabelSchemes schemes;

	private final LabelDocuments documents;

	private final EvidenceCalculator evidence;

	private final EcosystemManagement ecosystems;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApplicationReader(LabelApplications applications, ApplicationAccess access, LabelSchemes schemes,
			LabelDocuments documents, EvidenceCalculator evidence, EcosystemManagement ecosystems, JdbcTemplate jdbc,
			Clock clock) {
		this.applications = applications;
		this.access = access;
		this.schemes = schemes;
		this.documents = documents;
		this.evidence = evidence;
		this.ecosystems = ecosystems;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One line of a list of applications. */
	public record ApplicationLine(long id, long ecosystemId, String ecosystemName, String schemeName, int schemeVersion,
			ApplicationStatus status, String labelNumber) {
	}

	@Transactional(readOnly = true)
	public ApplicationView view(CoopexUser user, long applicationId) {
		Access a = this.access.of(user, applicationId);
		LabelApplication app = a.application();
		EvidencePack pack = (app.getStatus() == ApplicationStatus.DRAFT)
				? this.evidence.compute(app.getEcosystemId(), this.clock.instant()) : frozen(applicationId, app);
		Map<Long, String> answers = new LinkedHashMap<>();
		this.jdbc.query("select criterion_id, answer from label_answer where application_id = ?",
				(java.sql.ResultSet rs) -> {
					answers.put(rs.getLong(1), rs.getString(2));
				}, applicationId);
		Map<Long, String> refusals = new LinkedHashMap<>();
		this.jdbc.query("select criterion_id, reason from label_refusal where application_id = ?",
				(java.sql.ResultSet rs) -> {
					refusals.put(rs.getLong(1), rs.getString(2));
				}, applicationId);
		List<ApplicationView.Comment> comments = this.jdbc.query(
				"select author_name, agency_side, text, created_at from label_comment where application_id = ? order by id",
				(rs, i) -> new ApplicationView.Comment(rs.getString(1), rs.getBoolean(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				applicationId);
		List<ApplicationView.Document> docs = this.documents.of(applicationId)
			.stream()
			.map((d) -> new ApplicationView.Document(d.id(), d.criterionId(), d.fileName(), d.size()))
			.toList();
		return new ApplicationView(app.getId(), a.scheme(), app.getEcosystemId(), ecosystemName(app.getEcosystemId()),
				app.getStatus(), app.getCreatedAt(), app.getSubmittedAt(), app.getStatusReason(), app.getLabelNumber(),
				app.getStartsOn(), app.getEndsOn(), app.getVersion(), app.getPreviousId(), pack, answers, docs,
				refusals, comments, a.agencySide(), a.coordinatorSide());
	}

	/** The evidence frozen at submission. */
	EvidencePack frozen(long applicationId, LabelApplication app) {
		Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
		this.jdbc.query("select indicator, indicator_value from label_evidence where application_id = ?",
				(java.sql.ResultSet rs) -> {
					values.put(Indicator.valueOf(rs.getString(1)), rs.getBigDecimal(2));
				}, applicationId);
		return new EvidencePack(app.getEvidenceAt(), values);
	}

	/** The applications of an ecosystem, for its coordinators. */
	@Transactional(readOnly = true)
	public List<ApplicationLine> ofEcosystem(CoopexUser coordinator, long ecosystemId) {
		if (coordinator == null || !this.ecosystems.isCoordinator(coordinator, ecosystemId)) {
			throw new LabelException.Forbidden();
		}
		return this.applications.findByEcosystemIdOrderByIdDesc(ecosystemId).stream().map(this::line).toList();
	}

	/** The applications to the schemes of the officer's agency, newest first. */
	@Transactional(readOnly = true)
	public List<ApplicationLine> ofAgency(CoopexUser officer) {
		if (officer == null || officer.role() != Role.AGENCY) {
			throw new LabelException.Forbidden();
		}
		List<Long> ids = this.jdbc.queryForList(
				"select a.id from label_application a join label_scheme s "
						+ "on s.id = a.scheme_id where s.agency_id = ? and a.status <> 'DRAFT' order by a.id desc",
				Long.class, officer.organisationId());
		return this.applications.findAllById(ids)
			.stream()
			.sorted((x, y) -> Long.compare(y.getId(), x.getId()))
			.map(this::line)
			.toList();
	}

	/** A document of an application, for the people who read it. */
	@Transactional(readOnly = true)
	public Optional<Map.Entry<String, byte[]>> document(CoopexUser user, long applicationId, long documentId) {
		this.access.of(user, applicationId);
		return this.documents.name(applicationId, documentId)
			.flatMap(
					(name) -> this.documents.content(applicationId, documentId).map((bytes) -> Map.entry(name, bytes)));
	}

	private ApplicationLine line(LabelApplication app) {
		SchemeView scheme = this.schemes.find(app.getSchemeId()).orElseThrow();
		return new ApplicationLine(app.getId(), app.getEcosystemId(), ecosystemName(app.getEcosystemId()),
				scheme.nameFr(), scheme.versionNo(), app.getStatus(), app.getLabelNumber());
	}

	private String ecosystemName(long ecosystemId) {
		return this.ecosystems.standing(null, ecosystemId).ecosystemName();
	}

}
