package fr.coopex.labels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

/**
 * Label schemes: an agency officer writes one within the agency's jurisdiction, publishes
 * it, and edits it. Editing a published scheme publishes a new version and supersedes the
 * previous one; applications keep the version they applied to.
 */
@Service
public class LabelSchemes {

	static final int MAX_VALIDITY = 120;

	private final JdbcTemplate jdbc;

	private final SchemeTables tables;

	private final SchemeDraftRules rules;

	private final Clock clock;

	LabelSchemes(JdbcTemplate jdbc, SchemeTables tables, SchemeDraftRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.tables = tables;
		this.rules = rules;
		this.clock = clock;
	}

	/** Creates a draft scheme of the officer's agency. */
	@Transactional
	public long create(CoopexUser officer, SchemeDraft draft) {
		requireOfficer(officer);
		SchemeDraft clean = this.rules.validate(officer, draft);
		long id = this.tables.write(officer, clean, null, 1, SchemeStatus.DRAFT);
		this.jdbc.update("update label_scheme set family_id = id where id = ?", id);
		return id;
	}

	/**
	 * Changes a scheme: a draft in place; a published scheme by publishing a new version
	 * (returned) that supersedes it. A superseded version is no longer changed.
	 */
	@Transactional
	public long update(CoopexUser officer, long schemeId, SchemeDraft draft) {
		SchemeView scheme = own(officer, schemeId);
		SchemeDraft clean = this.rules.validate(officer, draft);
		return switch (scheme.status()) {
			case DRAFT -> {
				this.jdbc.update("delete from label_scheme_region where scheme_id = ?", schemeId);
				this.jdbc.update("delete from label_scheme_sector where scheme_id = ?", schemeId);
				this.jdbc.update("delete from label_criterion where scheme_id = ?", schemeId);
				this.jdbc.update(
						"update label_scheme set name_fr = ?, name_en = ?, description_fr = ?, description_en = ?, "
								+ "validity_months = ? where id = ?",
						clean.nameFr(), clean.nameEn(), clean.descriptionFr(), clean.descriptionEn(),
						clean.validityMonths(), schemeId);
				this.tables.writeParts(schemeId, clean);
				yield schemeId;
			}
			case PUBLISHED -> {
				this.jdbc.update("update label_scheme set status = 'SUPERSEDED' where id = ? and status = 'PUBLISHED'",
						schemeId);
				long next = this.tables.write(officer, clean, scheme.familyId(), scheme.versionNo() + 1,
						SchemeStatus.PUBLISHED);
				this.jdbc.update("update label_scheme set published_at = ? where id = ?",
						Timestamp.from(this.clock.instant()), next);
				yield next;
			}
			case SUPERSEDED -> throw new LabelException(null, "labels.scheme.superseded");
		};
	}

	/** Publishes a draft: it opens to applications. */
	@Transactional
	public void publish(CoopexUser officer, long schemeId) {
		SchemeView scheme = own(officer, schemeId);
		if (scheme.status() != SchemeStatus.DRAFT) {
			throw new LabelException(null, "labels.scheme.not-draft");
		}
		if (scheme.criteria().isEmpty()) {
			throw new LabelException(null, "labels.scheme.no-criteria");
		}
		this.jdbc.update("update label_scheme set status = 'PUBLISHED', published_at = ? where id = ?",
				Timestamp.from(this.clock.instant()), schemeId);
	}

	/** The current version of each scheme of the officer's agency, newest first. */
	@Transactional(readOnly = true)
	public List<SchemeView> ofAgency(CoopexUser officer) {
		requireOfficer(officer);
		return this.jdbc
			.queryForList("select id from label_scheme where agency_id = ? and status <> 'SUPERSEDED' order by id desc",
					Long.class, officer.organisationId())
			.stream()
			.map((id) -> find(id).orElseThrow())
			.toList();
	}

	/** A scheme version of the officer's agency. */
	@Transactional(readOnly = true)
	public SchemeView own(CoopexUser officer, long schemeId) {
		requireOfficer(officer);
		SchemeView scheme = find(schemeId).orElseThrow(LabelException.NotFound::new);
		if (scheme.agencyId() != officer.organisationId()) {
			throw new LabelException.NotFound();
		}
		return scheme;
	}

	/** Any scheme version, whatever its status. */
	@Transactional(readOnly = true)
	public Optional<SchemeView> find(long schemeId) {
		return this.tables.find(schemeId);
	}

	/** The published schemes (current versions), for the registry's filter. */
	@Transactional(readOnly = true)
	public List<SchemeView> published() {
		return this.jdbc
			.queryForList("select id from label_scheme where status = 'PUBLISHED' order by name_fr", Long.class)
			.stream()
			.map((id) -> find(id).orElseThrow())
			.toList();
	}

	static void requireOfficer(CoopexUser user) {
		if (user == null || user.role() != Role.AGENCY) {
			throw new LabelException.Forbidden();
		}
	}

}
