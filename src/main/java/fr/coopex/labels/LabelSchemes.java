package fr.coopex.labels;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.RegionNames;
import fr.coopex.accounts.Scope;
import fr.coopex.labels.SchemeDraft.CriterionDraft;
import fr.coopex.labels.SchemeView.Criterion;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;
import fr.coopex.shared.web.Text;

/**
 * Label schemes: an agency officer writes one within the agency's jurisdiction, publishes
 * it, and edits it. Editing a published scheme publishes a new version and supersedes the
 * previous one; applications keep the version they applied to.
 */
@Service
public class LabelSchemes {

	static final int MAX_VALIDITY = 120;

	private final JdbcTemplate jdbc;

	private final OrganisationManagement organisations;

	private final Clock clock;

	private final RegionNames regions;

	LabelSchemes(JdbcTemplate jdbc, OrganisationManagement organisations, Clock clock, RegionNames regions) {
		this.regions = regions;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** Creates a draft scheme of the officer's agency. */
	@Transactional
	public long create(CoopexUser officer, SchemeDraft draft) {
		requireOfficer(officer);
		SchemeDraft clean = validate(officer, draft);
		long id = write(officer, clean, null, 1, SchemeStatus.DRAFT);
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
		SchemeDraft clean = validate(officer, draft);
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
				writeParts(schemeId, clean);
				yield schemeId;
			}
			case PUBLISHED -> {
				this.jdbc.update("update label_scheme set status = 'SUPERSEDED' where id = ? and status = 'PUBLISHED'",
						schemeId);
				long next = write(officer, clean, scheme.familyId(), scheme.versionNo() + 1, SchemeStatus.PUBLISHED);
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
		List<SchemeView> found = this.jdbc.query("select * from label_scheme where id = ?",
				(rs, i) -> new SchemeView(rs.getLong("id"), rs.getLong("family_id"), rs.getInt("version_no"),
						rs.getLong("agency_id"), null, SchemeStatus.valueOf(rs.getString("status")),
						rs.getString("name_fr"), rs.getString("name_en"), rs.getString("description_fr"),
						rs.getString("description_en"), List.of(), List.of(), rs.getInt("validity_months"), List.of(),
						rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant()),
				schemeId);
		return found.stream().findFirst().map(this::withParts);
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

	private SchemeView withParts(SchemeView s) {
		List<String> regions = this.jdbc.queryForList("select region from label_scheme_region where scheme_id = ?",
				String.class, s.id());
		List<String> sectors = this.jdbc.queryForList(
				"select division from label_scheme_sector where scheme_id = ? order by division", String.class, s.id());
		List<Criterion> criteria = this.jdbc.query(
				"select * from label_criterion where scheme_id = ? order by position",
				(rs, i) -> new Criterion(rs.getLong("id"), rs.getInt("position"),
						CriterionKind.valueOf(rs.getString("kind")), rs.getString("text_fr"), rs.getString("text_en"),
						rs.getString("indicator") == null ? null : Indicator.valueOf(rs.getString("indicator")),
						rs.getString("comparison") == null ? null : Comparison.valueOf(rs.getString("comparison")),
						rs.getBigDecimal("threshold")),
				s.id());
		String agency = this.organisations.details(s.agencyId())
			.map(OrganisationManagement.OrganisationDetails::name)
			.orElse("");
		return new SchemeView(s.id(), s.familyId(), s.versionNo(), s.agencyId(), agency, s.status(), s.nameFr(),
				s.nameEn(), s.descriptionFr(), s.descriptionEn(),
				this.regions.all().stream().filter(regions::contains).toList(), sectors, s.validityMonths(), criteria,
				s.publishedAt());
	}

	private long write(CoopexUser officer, SchemeDraft draft, Long familyId, int versionNo, SchemeStatus status) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Object[] args = { familyId, versionNo, officer.organisationId(), status.name(), draft.nameFr(), draft.nameEn(),
				draft.descriptionFr(), draft.descriptionEn(), draft.validityMonths(), officer.id(),
				Timestamp.from(this.clock.instant()) };
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement(
					"insert into label_scheme (family_id, version_no, agency_id, status, name_fr, name_en, description_fr, "
							+ "description_en, validity_months, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		long id = keys.getKey().longValue();
		writeParts(id, draft);
		return id;
	}

	private void writeParts(long schemeId, SchemeDraft draft) {
		for (String region : draft.regions()) {
			this.jdbc.update("insert into label_scheme_region (scheme_id, region) values (?, ?)", schemeId, region);
		}
		for (String sector : draft.sectors()) {
			this.jdbc.update("insert into label_scheme_sector (scheme_id, division) values (?, ?)", schemeId, sector);
		}
		int position = 0;
		for (CriterionDraft c : draft.criteria()) {
			this.jdbc.update(
					"insert into label_criterion (scheme_id, position, kind, text_fr, text_en, indicator, comparison, threshold) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?)",
					schemeId, position++, c.kind().name(), c.textFr(), c.textEn(),
					c.indicator() == null ? null : c.indicator().name(),
					c.comparison() == null ? null : c.comparison().name(), c.threshold());
		}
	}

	/**
	 * Checks a draft against the rules and the agency's jurisdiction; returns it cleaned.
	 */
	private SchemeDraft validate(CoopexUser officer, SchemeDraft draft) {
		String nameFr = required(draft.nameFr(), "nameFr", 200);
		String descriptionFr = required(draft.descriptionFr(), "descriptionFr", 4000);
		String nameEn = optional(draft.nameEn(), "nameEn", 200);
		String descriptionEn = optional(draft.descriptionEn(), "descriptionEn", 4000);
		List<String> regions = draft.regions() == null ? List.of()
				: draft.regions().stream().filter((r) -> r != null && !r.isBlank()).distinct().toList();
		if (regions.isEmpty()) {
			throw new LabelException("regions", "labels.scheme.regions-required");
		}
		Scope jurisdiction = this.organisations.scope(officer.organisationId());
		for (String region : regions) {
			if (!this.regions.isKnown(region)) {
				throw new LabelException("regions", "labels.scheme.region-unknown");
			}
			if (!jurisdiction.covers(region)) {
				throw new LabelException("regions", "labels.scheme.outside-jurisdiction");
			}
		}
		List<String> sectors = draft.sectors() == null ? List.of()
				: draft.sectors().stream().filter((s) -> s != null && !s.isBlank()).distinct().toList();
		if (sectors.stream().anyMatch((s) -> !s.matches("[0-9]{2}"))) {
			throw new LabelException("sectors", "labels.scheme.sector-unknown");
		}
		if (draft.validityMonths() < 1 || draft.validityMonths() > MAX_VALIDITY) {
			throw new LabelException("validityMonths", "labels.scheme.validity-range");
		}
		List<CriterionDraft> criteria = new ArrayList<>();
		for (CriterionDraft c : (draft.criteria() == null ? List.<CriterionDraft>of() : draft.criteria())) {
			if (c == null || (Text.clean(c.textFr()) == null && c.indicator() == null)) {
				continue; // an empty row of the form
			}
			String text = required(c.textFr(), "criteria", 1000);
			CriterionKind kind = c.kind() == null ? CriterionKind.DECLARATION : c.kind();
			if (kind == CriterionKind.INDICATOR) {
				if (c.indicator() == null || c.comparison() == null || c.threshold() == null) {
					throw new LabelException("criteria", "labels.criterion.indicator-incomplete");
				}
				criteria.add(new CriterionDraft(kind, text, optional(c.textEn(), "criteria", 1000), c.indicator(),
						c.comparison(), c.threshold()));
			}
			else {
				criteria.add(new CriterionDraft(kind, text, optional(c.textEn(), "criteria", 1000), null, null, null));
			}
		}
		return new SchemeDraft(nameFr, nameEn, descriptionFr, descriptionEn, regions, sectors, draft.validityMonths(),
				criteria);
	}

	private static String required(String text, String field, int max) {
		String clean = Text.clean(text);
		if (clean == null) {
			throw new LabelException(field, "labels.field.required");
		}
		if (clean.length() > max) {
			throw new LabelException(field, "labels.field.too-long", max);
		}
		return clean;
	}

	private static String optional(String text, String field, int max) {
		String clean = Text.clean(text);
		if (clean != null && clean.length() > max) {
			throw new LabelException(field, "labels.field.too-long", max);
		}
		return clean;
	}

	static void requireOfficer(CoopexUser user) {
		if (user == null || user.role() != Role.AGENCY) {
			throw new LabelException.Forbidden();
		}
	}

}
