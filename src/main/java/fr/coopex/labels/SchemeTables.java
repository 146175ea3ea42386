package fr.coopex.labels;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import fr.coopex.accounts.OrganisationManagement;
import fr.coopex.accounts.RegionNames;
import fr.coopex.labels.SchemeDraft.CriterionDraft;
import fr.coopex.labels.SchemeView.Criterion;
import fr.coopex.shared.security.CoopexUser;

/**
 * Reads and writes the rows of a scheme version: the scheme, its regions, sectors and
 * criteria.
 */
@Component
class SchemeTables {

	private final JdbcTemplate jdbc;

	private final OrganisationManagement organisations;

	private final Clock clock;

	private final RegionNames regions;

	SchemeTables(JdbcTemplate jdbc, OrganisationManagement organisations, Clock clock, RegionNames regions) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
		this.regions = regions;
	}

	/** A scheme version with its parts, whatever its status. */
	Optional<SchemeView> find(long schemeId) {
		List<SchemeView> found = this.jdbc.query("select * from label_scheme where id = ?",
				(rs, i) -> new SchemeView(rs.getLong("id"), rs.getLong("family_id"), rs.getInt("version_no"),
						rs.getLong("agency_id"), null, SchemeStatus.valueOf(rs.getString("status")),
						rs.getString("name_fr"), rs.getString("name_en"), rs.getString("description_fr"),
						rs.getString("description_en"), List.of(), List.of(), rs.getInt("validity_months"), List.of(),
						rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant()),
				schemeId);
		return found.stream().findFirst().map(this::withParts);
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

	long write(CoopexUser officer, SchemeDraft draft, Long familyId, int versionNo, SchemeStatus status) {
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

	void writeParts(long schemeId, SchemeDraft draft) {
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

}
